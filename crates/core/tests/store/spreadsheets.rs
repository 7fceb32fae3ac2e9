//! Spreadsheets as the world makes them: small files that expand
//! enormously are refused by name before the memory is taken; merged cells
//! and formula cells without a saved value read as the file shows them, or
//! with a warning that says which cells.

use undersigned_core::tabular::{self, ReadError};

#[path = "../hostile/spreadsheet_shapes.rs"]
mod shapes;
#[path = "../hostile/xls_shapes.rs"]
mod xls_shapes;

#[test]
fn spreadsheets_that_expand_enormously_are_refused_by_name() {
    for (name, _, bytes) in shapes::all().into_iter().chain(xls_shapes::all()) {
        assert!(bytes.len() < 3_000_000, "{name} is a small file");
        let err = tabular::read_bytes(name, &bytes).expect_err(name);
        let message = err.to_string();
        assert!(message.contains(name), "{name}: {message}");
        assert!(
            matches!(
                err,
                ReadError::TooLarge { .. }
                    | ReadError::CellTooLong { .. }
                    | ReadError::TooManyColumns { .. }
            ),
            "{name}: {message}"
        );
    }
}

#[test]
fn the_same_shapes_at_an_honest_size_read_whole() {
    let t = tabular::read_bytes("s.xlsx", &shapes::shared_string_bomb(40, 300)).expect("read");
    assert_eq!(t.rows.len(), 300);
    assert_eq!(t.rows[0].cells, ["x".repeat(40), String::new()]);
    let t = tabular::read_bytes("r.xlsx", &shapes::repeated_rows(12, 50, 4)).expect("read");
    assert_eq!((t.headers.len(), t.rows.len()), (4, 49));
    let t = tabular::read_bytes("r.ods", &shapes::ods_repeat_bomb(7, 2, 30)).expect("read");
    assert_eq!(t.rows.len(), 30, "repeated rows are read as rows");
    assert_eq!(t.rows[29].cells, ["w".repeat(7), "w".repeat(7)]);
    let bytes = xls_shapes::shared_string_bomb(20_000, 40);
    let t = tabular::read_bytes("s.xls", &bytes).expect("read");
    assert_eq!(t.format, tabular::Format::Xls);
    assert_eq!(t.headers, ["Organization", "Country"]);
    assert_eq!(t.rows.len(), 40);
    assert_eq!(
        t.rows[39].cells[0].len(),
        20_000,
        "a string over CONTINUE records"
    );
}

#[test]
fn merged_cells_take_the_merged_value() {
    let rows = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>
<row r="3"><c r="A3" t="s"><v>4</v></c></row>
<row r="4"><c r="A4" t="s"><v>5</v></c></row>
<row r="5"><c r="A5" t="s"><v>6</v></c><c r="B5" t="s"><v>7</v></c></row>"#;
    let bytes = shapes::xlsx(
        rows,
        &[
            "Organization",
            "Country",
            "Red de Mujeres",
            "Perú",
            "Kallpa",
            "Warmi Sayay",
            "Kalayaan",
            "United Kingdom",
        ],
        None,
        &["B2:B4"],
        "A1:B5",
    );
    let t = tabular::read_bytes("merged.xlsx", &bytes).expect("read");
    let countries: Vec<&str> = t.rows.iter().map(|r| r.cells[1].as_str()).collect();
    assert_eq!(countries, ["Perú", "Perú", "Perú", "United Kingdom"]);
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
}

#[test]
fn formula_cells_without_a_saved_value_are_named_in_a_warning() {
    let rows = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="str"><f>"Per"&amp;"ú"</f><v>Perú</v></c></row>
<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><f>VLOOKUP(A3,Codes!A:B,2,0)</f></c></row>
<row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4"><f>VLOOKUP(A4,Codes!A:B,2,0)</f></c></row>"#;
    let bytes = shapes::xlsx(
        rows,
        &[
            "Organization",
            "Country",
            "Kallpa",
            "Warmi Sayay",
            "Kalayaan",
        ],
        None,
        &[],
        "A1:B4",
    );
    let t = tabular::read_bytes("formulas.xlsx", &bytes).expect("read");
    assert_eq!(t.rows[0].cells[1], "Perú", "a saved value is read");
    assert_eq!(t.rows[1].cells[1], "", "nothing saved, nothing read");
    assert_eq!(t.warnings.len(), 1, "{:?}", t.warnings);
    let warning = &t.warnings[0];
    assert!(
        warning.contains("formulas.xlsx")
            && warning.contains("2 formula cells")
            && warning.contains("B3, B4"),
        "{warning}"
    );
}

#[test]
fn empty_strings_repeated_across_an_ods_sheet_are_counted_too() {
    // Found by the fuzzer: a string cell with no text, repeated across
    // every column of 1,920 rows; calamine writes each one out.
    let err = tabular::read_bytes("empty.ods", &shapes::ods_repeat_bomb(0, 65_280, 1_920))
        .expect_err("refused");
    assert!(matches!(err, ReadError::TooLarge { .. }), "{err}");
}

#[test]
fn an_ods_row_repeated_no_times_is_still_read_and_counted() {
    // Found by the fuzzer: a row of 16,384 cells, each 119 KB of text,
    // repeated 0 times. calamine reads the row's cells before it lays out
    // the repeats, so the text (about 2 GB) is taken all the same.
    let err = tabular::read_bytes("zero.ods", &shapes::ods_repeat_bomb(119_294, 59_392, 0))
        .expect_err("refused");
    assert!(matches!(err, ReadError::TooLarge { .. }), "{err}");
    assert!(err.to_string().contains("zero.ods"), "{err}");
    // Many rows repeated no times, each as wide as a sheet: their cells count.
    let rows = r#"<table:table-row table:number-rows-repeated="0"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row>"#
        .repeat(700);
    let sheet = format!(r#"<table:table table:name="Sign-ons">{rows}</table:table>"#);
    let err = tabular::read_bytes("rows.ods", &shapes::ods(&sheet)).expect_err("refused");
    assert!(matches!(err, ReadError::TooLarge { .. }), "{err}");
}
