use super::*;
use crate::tabular::Format;

fn table(headers: &[&str], rows: &[&[&str]]) -> Table {
    Table {
        format: Format::Csv,
        encoding: None,
        delimiter: Some(','),
        warnings: Vec::new(),
        headers: headers.iter().map(|h| h.to_string()).collect(),
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, r)| Row {
                number: i + 2,
                cells: r.iter().map(|c| c.to_string()).collect(),
            })
            .collect(),
    }
}

#[test]
fn the_form_shape_maps_by_its_headers_and_values() {
    let t = table(
        &[
            "Timestamp",
            "Email Address",
            "Name of your organization",
            "Country",
            "Are you endorsing as an organization or an individual?",
            "Name of contact person",
            "Position / Affiliation",
        ],
        &[
            &[
                "2026/11/20 10:15:00 AM GMT",
                "info@kalayaan.org",
                "Kalayaan",
                "United Kingdom",
                "Organization",
                "Marissa Begonia",
                "Coordinator",
            ],
            &[
                "2026/11/20 11:00:00 AM GMT",
                "ana@example.org",
                "",
                "Chile",
                "Individual",
                "Ana Pérez",
                "Associate Professor, University of X",
            ],
        ],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![
            F::Received,
            F::Email,
            F::Organization,
            F::Country,
            F::Kind,
            F::Person,
            F::Affiliation
        ]
    );
    let reasons = guess(&t, SIGN_ON_FIELDS);
    assert!(
        reasons[3].reason.contains("2 of 2 values are countries"),
        "{reasons:?}"
    );
}

#[test]
fn a_district_is_not_a_signer() {
    let t = table(
        &["Group name", "District name", "District code"],
        &[
            &["Friends of the Park", "Camden", "E09000007"],
            &["Tenants United", "Hackney", "E09000012"],
        ],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![F::Organization, F::Ignore, F::Ignore]
    );
}

#[test]
fn values_say_what_a_column_holds_when_its_header_does_not() {
    let t = table(
        &["Signed by", "Where", "Contact", "As"],
        &[
            &["Red de Mujeres", "Peru", "red@example.org", "Organización"],
            &[
                "Migrant Forum in Asia",
                "Philippines",
                "mfa@example.org",
                "Organization",
            ],
            &["Ana Pérez", "Chile", "ana@example.org", "Individual"],
        ],
    );
    let got = guess_fields(&t, SIGN_ON_FIELDS);
    assert_eq!(got[1], F::Country);
    assert_eq!(got[2], F::Email);
    assert_eq!(got[3], F::Kind);
}

#[test]
fn first_and_last_names_both_go_to_the_person() {
    let t = table(
        &["First name", "Last name", "Organisation", "Pays"],
        &[&["Ana", "Pérez", "Red de Mujeres", "Pérou"]],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![F::Person, F::Person, F::Organization, F::Country]
    );
}

#[test]
fn a_consent_column_is_found() {
    let t = table(
        &["Name", "May we publish your name?", "Country"],
        &[&["Ana Pérez", "Yes", "Chile"], &["Juan Soto", "No", "Peru"]],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![F::Person, F::Visibility, F::Country]
    );
}

#[test]
fn old_field_names_still_parse() {
    assert_eq!(
        ColumnField::parse("organization_name"),
        Some(F::Organization)
    );
    assert_eq!(ColumnField::parse("consent_publish"), Some(F::Visibility));
    assert_eq!(ColumnField::parse("Person"), Some(F::Person));
    assert_eq!(ColumnField::parse("nonsense"), None);
}

#[test]
fn header_words_are_written_as_folding_leaves_them() {
    // Headers are folded before they are compared: a word that folding
    // would change (an Arabic hamza on its seat, a short vowel, tatweel, an
    // accent, a capital) would never match.
    for (pattern, field, _) in header_words::HEADER_WORDS {
        for group in pattern.split('+') {
            assert_eq!(fold(group), group, "{pattern} ({field})");
        }
    }
    assert!(header_has(
        &fold("عنوان البريد الإلكتروني"),
        "البريد الالكتروني"
    ));
    assert!(header_has(&fold("اسم المؤسسة"), "اسم+الموسسة"));
}

#[test]
fn an_arabic_form_maps_by_its_headers() {
    let t = table(
        &[
            "الطابع الزمني",
            "عنوان البريد الإلكتروني",
            "اسم المنظمة",
            "الاسم الكامل للشخص المسؤول",
            "الصفة / المنصب",
            "المدينة",
            "البلد",
            "التوقيع بصفة (منظمة أو فرد)",
            "هل توافقون على نشر اسمكم ضمن قائمة الموقّعين؟",
            "ملاحظات",
        ],
        &[
            &[
                "2026/11/20 10:15:00 AM GMT+3",
                "info@anhri.example",
                "الشبكة العربية لمعلومات حقوق الإنسان",
                "مريم حسن",
                "منسّقة البرامج",
                "القاهرة",
                "مصر",
                "منظمة",
                "نعم",
                "",
            ],
            &[
                "2026/11/21 09:02:11 AM GMT+3",
                "karim@example.org",
                "",
                "كريم منصور",
                "باحث",
                "بيروت",
                "لبنان",
                "فرد",
                "لا",
                "أوقّع بصفتي الشخصية",
            ],
        ],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![
            F::Received,
            F::Email,
            F::Organization,
            F::Person,
            F::Role,
            F::City,
            F::Country,
            F::Kind,
            F::Visibility,
            F::Notes,
        ]
    );
}

#[test]
fn an_indonesian_form_maps_by_its_headers() {
    let t = table(
        &[
            "Stempel waktu",
            "Alamat email",
            "Nama organisasi/lembaga",
            "Singkatan",
            "Nama lengkap narahubung",
            "Jabatan",
            "Kota",
            "Negara",
            "Menandatangani sebagai organisasi atau perorangan?",
            "Apakah nama Anda boleh dicantumkan dalam daftar penanda tangan?",
            "Catatan",
        ],
        &[
            &[
                "20/11/2026 10.15.00",
                "sekretariat@jbm.example",
                "Jaringan Buruh Migran",
                "JBM",
                "Siti Rahayu",
                "Koordinator",
                "Jakarta",
                "Indonesia",
                "Organisasi",
                "Ya",
                "",
            ],
            &[
                "21/11/2026 08.40.12",
                "budi@example.org",
                "",
                "",
                "Budi Santoso",
                "Peneliti",
                "Yogyakarta",
                "Indonesia",
                "Perorangan",
                "Tidak",
                "Mendukung secara pribadi",
            ],
        ],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![
            F::Received,
            F::Email,
            F::Organization,
            F::Acronym,
            F::Person,
            F::Role,
            F::City,
            F::Country,
            F::Kind,
            F::Visibility,
            F::Notes,
        ]
    );
}

#[test]
fn a_filipino_form_maps_by_its_headers() {
    let t = table(
        &[
            "Timestamp",
            "Email address",
            "Pangalan ng organisasyon",
            "Buong pangalan ng contact person",
            "Posisyon sa organisasyon",
            "Lungsod / Bayan",
            "Bansa",
            "Lalagda bilang organisasyon o indibidwal?",
            "Maaari bang ilathala ang inyong pangalan?",
            "Mga puna o mensahe",
        ],
        &[
            &[
                "11/20/2026 10:15:00",
                "info@migrante.example",
                "Migrante International",
                "Maria Santos",
                "Tagapag-ugnay",
                "Lungsod Quezon",
                "Pilipinas",
                "Organisasyon",
                "Oo",
                "",
            ],
            &[
                "11/21/2026 08:40:12",
                "jose@example.org",
                "",
                "Jose Reyes",
                "Mananaliksik",
                "Davao",
                "Pilipinas",
                "Indibidwal",
                "Hindi po",
                "Lumalagda bilang sarili",
            ],
        ],
    );
    assert_eq!(
        guess_fields(&t, SIGN_ON_FIELDS),
        vec![
            F::Received,
            F::Email,
            F::Organization,
            F::Person,
            F::Role,
            F::City,
            F::Country,
            F::Kind,
            F::Visibility,
            F::Notes,
        ]
    );
}

#[test]
fn contact_lists_in_arabic_indonesian_and_filipino_map_by_their_headers() {
    let expected = vec![
        F::Organization,
        F::Acronym,
        F::Person,
        F::Phone,
        F::Website,
        F::Sector,
        F::Country,
        F::City,
        F::ConsentContact,
        F::Notes,
    ];
    let arabic = table(
        &[
            "اسم المؤسسة",
            "الاختصار",
            "جهة الاتصال",
            "رقم الهاتف",
            "الموقع الإلكتروني",
            "القطاع",
            "الدولة",
            "المدينة",
            "هل توافقون على التواصل معكم؟",
            "ملاحظات",
        ],
        &[&[
            "مؤسسة عامل الدولية",
            "AMEL",
            "رنا خوري",
            "+961 1 123 456",
            "https://amel.example",
            "حقوق المهاجرين",
            "لبنان",
            "بيروت",
            "نعم",
            "",
        ]],
    );
    let indonesian = table(
        &[
            "Nama lembaga",
            "Akronim",
            "Narahubung",
            "Nomor HP/WA",
            "Situs web",
            "Sektor",
            "Negara",
            "Kabupaten/Kota",
            "Bersedia dihubungi?",
            "Keterangan",
        ],
        &[&[
            "Lembaga Bantuan Hukum Jakarta",
            "LBH",
            "Dewi Lestari",
            "+62 812 3456 7890",
            "https://lbh.example",
            "Hukum",
            "Indonesia",
            "Jakarta Pusat",
            "Ya",
            "",
        ]],
    );
    let filipino = table(
        &[
            "Pangalan ng samahan",
            "Daglat",
            "Contact person",
            "Numero ng telepono",
            "Websayt",
            "Sektor",
            "Bansa",
            "Lungsod",
            "Maaari ba namin kayong kontakin?",
            "Mga tala",
        ],
        &[&[
            "Samahan ng mga Manggagawang Pilipino",
            "SMP",
            "Ana Cruz",
            "+63 917 123 4567",
            "https://smp.example",
            "Paggawa",
            "Pilipinas",
            "Maynila",
            "Opo",
            "",
        ]],
    );
    for (language, t) in [("ar", arabic), ("id", indonesian), ("fil", filipino)] {
        assert_eq!(
            guess_fields(&t, CONTACT_FIELDS),
            expected,
            "{language}: {:?}",
            guess(&t, CONTACT_FIELDS)
        );
    }
}
