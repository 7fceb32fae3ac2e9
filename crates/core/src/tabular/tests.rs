use super::*;

fn read(bytes: &[u8]) -> Table {
    read_bytes("t.csv", bytes).unwrap_or_else(|e| panic!("{e}"))
}

fn cells(t: &Table) -> Vec<Vec<&str>> {
    t.rows
        .iter()
        .map(|r| r.cells.iter().map(String::as_str).collect())
        .collect()
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend(if big_endian {
            [0xFE, 0xFF]
        } else {
            [0xFF, 0xFE]
        });
    }
    for unit in text.encode_utf16() {
        out.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

const SAMPLE: &str = "Organización,País\nAsociación Ñandú,México\n";

#[test]
fn every_encoding_reads_the_same_text() {
    let expected = vec![vec!["Asociación Ñandú", "México"]];
    let plain = read(SAMPLE.as_bytes());
    assert_eq!(
        (plain.encoding.as_deref(), cells(&plain)),
        (Some("UTF-8"), expected.clone())
    );
    let with_bom = read(&[b"\xEF\xBB\xBF".as_slice(), SAMPLE.as_bytes()].concat());
    assert_eq!(with_bom.encoding.as_deref(), Some("UTF-8 with BOM"));
    assert_eq!(
        with_bom.headers[0], "Organización",
        "the mark is not part of the first header"
    );
    for (big, bom, name) in [
        (false, true, "UTF-16LE"),
        (true, true, "UTF-16BE"),
        (false, false, "UTF-16LE"),
    ] {
        let t = read(&utf16(SAMPLE, big, bom));
        assert_eq!(
            (t.encoding.as_deref(), cells(&t)),
            (Some(name), expected.clone())
        );
    }
    let (legacy, _, _) = encoding_rs::WINDOWS_1252.encode(SAMPLE);
    let t = read(&legacy);
    assert_eq!(
        (t.encoding.as_deref(), cells(&t)),
        (Some("windows-1252"), expected)
    );
}

#[test]
fn delimiters_are_found_and_quotes_honoured() {
    let semi =
        read(b"Name;Country;City\n\"Mujeres; Migrantes\";Spain;Madrid\nOther;France;\"Paris\"\n");
    assert_eq!(semi.delimiter, Some(';'));
    assert_eq!(cells(&semi)[0], ["Mujeres; Migrantes", "Spain", "Madrid"]);
    let tab = read(b"Name\tCountry\nA, B and C\tKenya\n");
    assert_eq!(
        (tab.delimiter, cells(&tab)[0].clone()),
        (Some('\t'), vec!["A, B and C", "Kenya"])
    );
    let comma = read(b"Name,Note\n\"Say \"\"hi\"\"\",\"two\nlines\"\nNext,row\n");
    assert_eq!(cells(&comma)[0], ["Say \"hi\"", "two\nlines"]);
    assert_eq!(
        comma.rows[1].number, 4,
        "rows after a line break inside quotes keep their numbers"
    );
    let one = read(b"Name\nKalayaan\n");
    assert_eq!(one.headers, ["Name"]);
}

#[test]
fn ragged_rows_are_padded_and_overlong_ones_refused() {
    let t = read(b"A,B,C\n1\n2,3,4,,\n");
    assert_eq!(cells(&t), [vec!["1", "", ""], vec!["2", "3", "4"]]);
    let err = read_bytes("list.csv", b"A,B\n1,2\n3,4,5\n")
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("list.csv") && err.contains("row 3") && err.contains("3 cells"),
        "{err}"
    );
}

#[test]
fn an_unclosed_quote_names_the_row_it_opens_on() {
    let err = read_bytes("x.csv", b"A,B\r\n1,2\r\n3,\"never closed\r\n4,5\r\n").unwrap_err();
    assert!(
        matches!(
            err,
            ReadError::UnclosedQuote {
                row: 3,
                column: 2,
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn broken_and_odd_files_are_refused_plainly() {
    let msg = |b: &[u8]| read_bytes("f.csv", b).unwrap_err().to_string();
    assert!(msg(b"").contains("empty"));
    assert!(msg(b"  \n ").contains("empty"));
    assert!(msg(b"Name,Country\n").contains("only a header row"));
    assert!(msg(b"%PDF-1.7 ...").contains("PDF"));
    assert!(msg(b"A,B\nx\0y,1\n").contains("line 2"));
    let long = format!("A\n{}\n", "x".repeat(MAX_CELL_CHARS + 1));
    assert!(msg(long.as_bytes()).contains("row 2, column 1"));
    // A byte order mark in the middle is dropped.
    let t = read("A,B\n1,\u{FEFF}2\n".as_bytes());
    assert_eq!(cells(&t)[0], ["1", "2"]);
}

#[test]
fn a_zip_bomb_posing_as_a_spreadsheet_is_refused_before_unpacking() {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("xl/workbook.xml", opts).unwrap();
    let zeros = vec![0u8; 1024 * 1024];
    for _ in 0..50 {
        zip.write_all(&zeros).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    let err = read_bytes("bomb.xlsx", &bytes).unwrap_err();
    assert!(matches!(err, ReadError::ZipBomb { .. }), "{err}");
    let mut plain = zip::ZipWriter::new(Cursor::new(Vec::new()));
    plain.start_file("readme.txt", opts).unwrap();
    plain.write_all(b"hello").unwrap();
    let bytes = plain.finish().unwrap().into_inner();
    assert!(
        read_bytes("a.xlsx", &bytes)
            .unwrap_err()
            .to_string()
            .contains("a ZIP archive")
    );
}

#[test]
fn vcard_2_1_from_phones_decodes_quoted_printable_and_its_charset() {
    // As an Android phone exports a contact: soft line breaks ("=" at
    // the end of a line), ISO-8859-1 bytes, and the bare parameter.
    let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91and=C3=BA;Mar=C3=ADa;;;\r\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Mar=EDa =D1and=FA\r\nORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Asociaci=C3=B3n de Trabajadoras del Hogar =E2=80=93 Cuidado=\r\ns y Derechos\r\nNOTE;QUOTED-PRINTABLE:L=C3=ADnea uno=0D=0AL=C3=ADnea dos\r\nTEL;CELL;PREF:+52 55 5555 0101\r\nEND:VCARD\r\n";
    let t = read_bytes("phone.vcf", text.as_bytes()).unwrap();
    let card = &t.rows[0].cells;
    assert_eq!(card[0], "María Ñandú", "CHARSET=ISO-8859-1 is honoured");
    assert_eq!(
        card[1], "Asociación de Trabajadoras del Hogar – Cuidados y Derechos",
        "a soft line break joins the value"
    );
    assert_eq!(
        card[8], "Línea uno\nLínea dos",
        "the bare parameter decodes"
    );
    assert_eq!(card[4], "+52 55 5555 0101");
    assert!(!card.iter().any(|c| c.contains('\u{FFFD}')), "{card:?}");
}

#[test]
fn vcards_unfold_unescape_and_map_to_columns() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Joanna \r\n Concepción\r\nORG:Migrante International;Board\r\nTITLE:Chair\\, Board\r\nitem1.EMAIL;TYPE=work:jc@migrante.example\r\nTEL;TYPE=cell:+63 2 555 0101\r\nADR;TYPE=work:;;1 Road;Quezon City;;;Philippines\r\nNOTE:first\\nsecond \\x\r\nCATEGORIES:asia,domestic work\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nN:Abdon-Tellez;Cynthia;;;\r\nTEL;VALUE=uri:tel:+852-2522-8264\r\nEND:VCARD\r\n";
    let t = read_bytes("c.vcf", text.as_bytes()).unwrap();
    assert_eq!(t.format, Format::Vcard);
    assert_eq!(t.headers, VCARD_HEADERS);
    let first = &t.rows[0].cells;
    assert_eq!(first[0], "Joanna Concepción");
    assert_eq!(first[1], "Migrante International");
    assert_eq!(first[2], "Chair, Board");
    assert_eq!(first[3], "jc@migrante.example");
    assert_eq!(
        (first[5].as_str(), first[6].as_str()),
        ("Philippines", "Quezon City")
    );
    assert_eq!(first[8], "first\nsecond x");
    assert_eq!(first[9], "asia, domestic work");
    let second = &t.rows[1];
    assert_eq!(
        (
            second.number,
            second.cells[0].as_str(),
            second.cells[4].as_str()
        ),
        (13, "Cynthia Abdon-Tellez", "+852-2522-8264")
    );
    let err = read_bytes("c.vcf", b"BEGIN:VCARD\nFN:Open\n").unwrap_err();
    assert!(
        matches!(err, ReadError::UnclosedCard { line: 1, .. }),
        "{err}"
    );
}
