//! One entry per language: the count line's sentence, its nouns in every
//! plural form CLDR's rules give the language, the group headings and the
//! "Issued by" line. English first: it is what a language without an
//! entry prints. `{n}` is the number, `{who}` the counts joined as a list,
//! `{countries}` the counted countries, `{names}` the issuing
//! organizations as a list.

use super::Entry;

pub(super) static ENTRIES: &[Entry] = &[
    Entry {
        tag: "en",
        signed: "Signed by {who}",
        signed_from: "Signed by {who} from {countries}",
        organization: &[("one", "{n} organization"), ("other", "{n} organizations")],
        individual: &[("one", "{n} individual"), ("other", "{n} individuals")],
        country: &[("one", "{n} country"), ("other", "{n} countries")],
        issued_by: "Issued by {names}",
        organizations: "Organizations",
        individuals: "Individuals",
        other: "Other",
    },
    Entry {
        tag: "es",
        signed: "Firmado por {who}",
        signed_from: "Firmado por {who} de {countries}",
        organization: &[
            ("one", "{n} organización"),
            ("many", "{n} de organizaciones"),
            ("other", "{n} organizaciones"),
        ],
        individual: &[
            ("one", "{n} persona"),
            ("many", "{n} de personas"),
            ("other", "{n} personas"),
        ],
        country: &[
            ("one", "{n} país"),
            ("many", "{n} de países"),
            ("other", "{n} países"),
        ],
        issued_by: "Emitida por {names}",
        organizations: "Organizaciones",
        individuals: "Personas",
        other: "Otros",
    },
    Entry {
        tag: "fr",
        signed: "Signé par {who}",
        signed_from: "Signé par {who} de {countries}",
        organization: &[
            ("one", "{n} organisation"),
            ("many", "{n} d’organisations"),
            ("other", "{n} organisations"),
        ],
        individual: &[
            ("one", "{n} personne"),
            ("many", "{n} de personnes"),
            ("other", "{n} personnes"),
        ],
        country: &[
            ("one", "{n} pays"),
            ("many", "{n} de pays"),
            ("other", "{n} pays"),
        ],
        issued_by: "Publiée par {names}",
        organizations: "Organisations",
        individuals: "Personnes",
        other: "Autres",
    },
    Entry {
        tag: "pt",
        signed: "Assinado por {who}",
        signed_from: "Assinado por {who} de {countries}",
        organization: &[
            ("one", "{n} organização"),
            ("many", "{n} de organizações"),
            ("other", "{n} organizações"),
        ],
        individual: &[
            ("one", "{n} pessoa"),
            ("many", "{n} de pessoas"),
            ("other", "{n} pessoas"),
        ],
        country: &[
            ("one", "{n} país"),
            ("many", "{n} de países"),
            ("other", "{n} países"),
        ],
        issued_by: "Emitida por {names}",
        organizations: "Organizações",
        individuals: "Pessoas",
        other: "Outros",
    },
    Entry {
        tag: "it",
        signed: "Firmato da {who}",
        signed_from: "Firmato da {who} di {countries}",
        organization: &[
            ("one", "{n} organizzazione"),
            ("many", "{n} di organizzazioni"),
            ("other", "{n} organizzazioni"),
        ],
        individual: &[
            ("one", "{n} persona"),
            ("many", "{n} di persone"),
            ("other", "{n} persone"),
        ],
        country: &[
            ("one", "{n} paese"),
            ("many", "{n} di paesi"),
            ("other", "{n} paesi"),
        ],
        issued_by: "Pubblicata da {names}",
        organizations: "Organizzazioni",
        individuals: "Persone",
        other: "Altri",
    },
    Entry {
        tag: "de",
        signed: "Unterzeichnet von {who}",
        signed_from: "Unterzeichnet von {who} aus {countries}",
        organization: &[("one", "{n} Organisation"), ("other", "{n} Organisationen")],
        individual: &[("one", "{n} Einzelperson"), ("other", "{n} Einzelpersonen")],
        country: &[("one", "{n} Land"), ("other", "{n} Ländern")],
        issued_by: "Herausgegeben von {names}",
        organizations: "Organisationen",
        individuals: "Einzelpersonen",
        other: "Sonstige",
    },
];
