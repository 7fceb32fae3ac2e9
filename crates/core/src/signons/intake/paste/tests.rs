use super::*;

/// (line, name, acronym, city, country) of each row that is not a heading.
fn read(text: &str, kind: EndorsementKind) -> Vec<(u32, String, String, String, String)> {
    parse_paste(text, kind)
        .into_iter()
        .filter(|r| !r.heading)
        .map(|r| (r.row, r.name, r.acronym, r.city, r.country))
        .collect()
}

fn row(
    line: u32,
    name: &str,
    acronym: &str,
    city: &str,
    country: &str,
) -> (u32, String, String, String, String) {
    (
        line,
        name.into(),
        acronym.into(),
        city.into(),
        country.into(),
    )
}

#[test]
fn each_pasted_shape_reads() {
    let got = read(
        "Red de Mujeres, Peru\n\
         \n\
         • Migrant Forum in Asia (MFA) – Manila, Philippines\n\
         3. Coalición Nacional — México\n\
         Solidarité Sans Frontières\n\
         Jane Doe - Quito, Ecuador\n\
         Asociación Ñandú, Asunción",
        EndorsementKind::Organization,
    );
    assert_eq!(
        got,
        vec![
            row(1, "Red de Mujeres", "", "", "Peru"),
            row(
                3,
                "Migrant Forum in Asia (MFA)",
                "MFA",
                "Manila",
                "Philippines"
            ),
            row(4, "Coalición Nacional", "", "", "México"),
            row(5, "Solidarité Sans Frontières", "", "", ""),
            row(6, "Jane Doe", "", "Quito", "Ecuador"),
            // "Asunción" is not a country: the comma stays in the name.
            row(7, "Asociación Ñandú, Asunción", "", "", ""),
        ]
    );
}

#[test]
fn acronyms_and_places_in_parentheses_stay_in_the_name() {
    let got = read(
        "Coalition for Migrant Rights (CMR), Lebanon\n\
         Women's Forum (Kerala), India\n\
         Asamblea Permanente (A.P.D.H.) , Argentina",
        EndorsementKind::Organization,
    );
    assert_eq!(
        got,
        vec![
            row(
                1,
                "Coalition for Migrant Rights (CMR)",
                "CMR",
                "",
                "Lebanon"
            ),
            row(2, "Women's Forum (Kerala)", "", "", "India"),
            row(
                3,
                "Asamblea Permanente (A.P.D.H.)",
                "A.P.D.H.",
                "",
                "Argentina"
            ),
        ]
    );
}

#[test]
fn a_dash_splits_off_only_a_place() {
    let got = read(
        "Solidarity Network – West Africa\n\
         Debt Justice - Asia/Pacific Alliance on Trade\n\
         Instituto Equidad - Gender, Work and Migration, Chile\n\
         Kalayaan – London, United Kingdom\n\
         Red Andina – Chile - Peru",
        EndorsementKind::Organization,
    );
    assert_eq!(
        got,
        vec![
            row(1, "Solidarity Network – West Africa", "", "", ""),
            row(
                2,
                "Debt Justice - Asia/Pacific Alliance on Trade",
                "",
                "",
                ""
            ),
            row(
                3,
                "Instituto Equidad - Gender, Work and Migration",
                "",
                "",
                "Chile"
            ),
            row(4, "Kalayaan", "", "London", "United Kingdom"),
            row(5, "Red Andina", "", "", "Chile - Peru"),
        ]
    );
}

#[test]
fn numbers_bullets_and_arabic_commas() {
    let got = read(
        "2.3.4 Netzwerk, Austria\n\
         9. • Mission for Migrant Workers\n\
         (12) 350.org\n\
         جمعية التضامن، لبنان",
        EndorsementKind::Organization,
    );
    assert_eq!(
        got,
        vec![
            row(1, "2.3.4 Netzwerk", "", "", "Austria"),
            row(2, "Mission for Migrant Workers", "", "", ""),
            row(3, "350.org", "", "", ""),
            row(4, "جمعية التضامن", "", "", "لبنان"),
        ]
    );
}

#[test]
fn a_table_copied_from_a_browser() {
    let got = read(
        "86\tKalayaan\tUnited Kingdom\n87\tMigrante International\tPhilippines",
        EndorsementKind::Organization,
    );
    assert_eq!(
        got,
        vec![
            row(1, "Kalayaan", "", "", "United Kingdom"),
            row(2, "Migrante International", "", "", "Philippines"),
        ]
    );
}

#[test]
fn headings_are_marked_and_countries_flow_down() {
    let rows = parse_paste(
        "Signed,\n\
         International Organizations\n\
         FIAN International\n\
         National organizations:\n\
         Endorsers as of 1 May 2024\n\
         Philippines\n\
         Migrante International\n\
         Gabriela, Philippines\n\
         Africa\n\
         Kituo cha Sheria",
        EndorsementKind::Organization,
    );
    let headings: Vec<u32> = rows.iter().filter(|r| r.heading).map(|r| r.row).collect();
    assert_eq!(headings, vec![1, 2, 4, 5, 6, 9]);
    let migrante = rows.iter().find(|r| r.row == 7).map(|r| r.country.as_str());
    assert_eq!(migrante, Some("Philippines"));
    let kituo = rows
        .iter()
        .find(|r| r.row == 10)
        .map(|r| r.country.as_str());
    assert_eq!(kituo, Some(""));
}

#[test]
fn misspelt_and_double_countries_come_off_the_name() {
    let got = read(
        "Red Solidaria, Argentinia\n\
         Migrant Care, Phillipines\n\
         Caritas Europa, France, Belgium",
        EndorsementKind::Organization,
    );
    assert_eq!(
        got,
        vec![
            row(1, "Red Solidaria", "", "", "Argentinia"),
            row(2, "Migrant Care", "", "", "Phillipines"),
            row(3, "Caritas Europa", "", "", "France, Belgium"),
        ]
    );
}

#[test]
fn individuals_keep_their_affiliation_apart() {
    let rows = parse_paste(
        "Dr. Ana Pérez, Associate Professor, University of X, Chile",
        EndorsementKind::Individual,
    );
    assert_eq!(rows[0].name, "Dr. Ana Pérez");
    assert_eq!(rows[0].affiliation, "Associate Professor, University of X");
    assert_eq!(rows[0].country, "Chile");
}

#[test]
fn a_numbered_country_is_a_signatory_and_a_plain_one_heads_nothing() {
    let rows = parse_paste(
        "1. Afghanistan\n2. Albania\nFortinet\nFrance\nFranklin Foundation",
        EndorsementKind::Organization,
    );
    assert!(rows.iter().all(|r| !r.heading), "{rows:?}");
    assert_eq!(rows[0].name, "Afghanistan");
    assert_eq!(rows[4].country, "", "no country flows down a plain list");
}

#[test]
fn separators_inside_parentheses_do_not_split() {
    let got = read(
        "Miguel Said Vieira (UFABC, Brazil)\nSpringfield College, MA\nFoothill College (Los Altos Hills, CA)",
        EndorsementKind::Organization,
    );
    assert_eq!(
        got,
        vec![
            row(1, "Miguel Said Vieira (UFABC, Brazil)", "", "", ""),
            row(2, "Springfield College, MA", "", "", ""),
            row(3, "Foothill College (Los Altos Hills, CA)", "", "", ""),
        ]
    );
    let people = parse_paste(
        "Molly de Blanc (Debian Project, GNOME Foundation)\nJiahao Chen (JPMorgan AI Research; Julia language, `@acidflask`)",
        EndorsementKind::Individual,
    );
    assert_eq!(people[0].name, "Molly de Blanc");
    assert_eq!(people[0].affiliation, "Debian Project, GNOME Foundation");
    assert_eq!(people[1].name, "Jiahao Chen");
}

#[test]
fn lines_around_a_list_are_left_out_and_a_section_says_who_signs() {
    let rows = parse_paste(
        "\u{feff}Firman la Declaración del Movimiento Plurinacional del Agua para los Pueblos:\n\
         ASAMBLEAS, ONGs Y OTRAS INSTITUCIONES\n\
         ١. هيومن رايتس ووتش\n\
         Both &amp; Together\n\
         ### Individuals\n\
         Ana Pérez, Lawyer, Casa del Migrante\n\
         CONTACTOS PARA MAYOR INFORMACIÓN\n\
         Teléfono y WhatsApp: +54 9 351 5 125637\n\
         Wilt u de verklaring ook ondertekenen? Vul het formulier in\n\
         12\t\tSenegal\n\
         —",
        EndorsementKind::Organization,
    );
    let left_out: Vec<u32> = rows.iter().filter(|r| r.heading).map(|r| r.row).collect();
    assert_eq!(left_out, vec![1, 2, 5, 7, 8, 9, 10, 11], "{rows:?}");
    let name = |n: u32| rows.iter().find(|r| r.row == n).map(|r| r.name.clone());
    assert_eq!(name(3).as_deref(), Some("هيومن رايتس ووتش"));
    assert_eq!(name(4).as_deref(), Some("Both & Together"));
    let ana = rows.iter().find(|r| r.row == 6).unwrap();
    assert_eq!(ana.kind, Some(EndorsementKind::Individual));
    assert_eq!(
        (ana.name.as_str(), ana.affiliation.as_str()),
        ("Ana Pérez", "Lawyer, Casa del Migrante")
    );
}

#[test]
fn a_city_in_a_script_without_capitals_comes_off_the_name() {
    let got = read(
        "مركز الأرض – القاهرة، مصر\n\
         जन साहस – नई दिल्ली, India\n\
         MFMW – HK, Hong Kong\n\
         Kalayaan – London, United Kingdom",
        EndorsementKind::Organization,
    );
    assert_eq!(
        got,
        vec![
            row(1, "مركز الأرض", "", "القاهرة", "مصر"),
            row(2, "जन साहस", "", "नई दिल्ली", "India"),
            // An acronym after the dash stays in the name.
            row(3, "MFMW – HK", "", "", "Hong Kong"),
            row(4, "Kalayaan", "", "London", "United Kingdom"),
        ]
    );
}
