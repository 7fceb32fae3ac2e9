//! Words that tell what a piece of a signatory line is: part of an
//! organization's name, a person's role, a heading above a list. Compared
//! after `crate::text::names::fold` (lower case, no accents), in English, Spanish,
//! French and Portuguese — the languages of the coalitions' sign-on forms.

/// Words that appear in organizations' names ("Shelter Network",
/// "Universidad de Chile", "Acme Labs").
#[rustfmt::skip]
const ORGANIZATION: &[&str] = &[
    "academy", "academia", "action", "agency", "agencia", "alliance", "alianza", "alianca",
    "amnesty", "assembly", "asamblea", "assembleia", "associates", "association", "asociacion",
    "associacao", "associazione", "bank", "banco", "board", "bureau", "campaign", "campana",
    "campanha", "caritas", "casa", "center", "centre", "centro", "chamber", "church", "iglesia",
    "eglise", "igreja", "circle", "circulo", "clinic", "clinica", "club", "coalition", "coalicion",
    "coalizao", "colectivo", "collectif", "coletivo", "collective", "college", "colegio",
    "commission", "comision", "comissao", "committee", "comite", "company", "compania",
    "confederation", "confederacion", "congress", "congreso", "consejo", "conseil", "conselho",
    "cooperative", "cooperativa", "corporation", "council", "coordinadora", "department",
    "departamento", "diocese", "diocesis", "ecole", "escuela", "escola", "faculty", "facultad",
    "faculdade", "federation", "federacion", "federacao", "fellowship", "forum", "foro",
    "foundation", "fundacion", "fundacao", "fondation", "fund", "fondo", "fundo", "friends",
    "frente", "front", "gmbh", "group", "grupo", "groupe", "hospital", "house", "inc",
    "initiative", "iniciativa", "institute", "instituto", "institut", "institution", "institucion",
    "instituicao", "labs", "lab", "laboratory", "laboratorio", "league", "liga", "ligue", "ltd",
    "llc", "ministry", "ministerio", "mission", "mision", "missao", "movement", "movimiento",
    "mouvement", "movimento", "network", "networks", "ngo", "ong", "observatory", "observatorio",
    "office", "oficina", "organization", "organisation", "organizacion", "organizacao",
    "organizations", "organisations", "partnership", "party", "partido", "parti", "platform",
    "plataforma", "plateforme", "project", "proyecto", "projet", "projeto", "red", "rede",
    "reseau", "school", "secretariat", "service", "services", "servicio", "society", "sociedad",
    "societe", "sociedade", "solidarity", "solidaridad", "solidarite", "solidariedade", "syndicat",
    "sindicato", "trust", "union", "unions", "union", "uniao", "united", "university",
    "universities", "universidad", "universite", "universidade", "universita", "workers", "youth",
    "women", "mujeres", "femmes", "mulheres", "colleges", "schools", "institutes", "centers",
    "centres", "foundations", "associations", "councils", "committees", "churches", "hospitals",
    "clinics", "libraries", "library", "museum", "museums", "academies", "division", "unit",
    "program", "programme", "lab", "alliances", "coalitions", "federations", "movements",
];

/// Words of people's roles and positions ("Associate Professor",
/// "Executive Director", "Coordinadora").
#[rustfmt::skip]
const ROLE: &[&str] = &[
    "abogado", "abogada", "activist", "activista", "adviser", "advisor", "advogado", "advogada",
    "analyst", "assistant", "associate", "attorney", "author", "autor", "autora", "avocat",
    "avocate", "bishop", "candidate", "ceo", "cfo", "chair", "chairman", "chairperson",
    "chairwoman", "chef", "chief", "consultant", "consultor", "consultora", "coo", "coordinator",
    "coordinador", "coordinadora", "coordenador", "coordenadora", "coordinateur", "coordinatrice",
    "cofounder", "cto", "dean", "decano", "decana", "deputy", "directeur", "directrice",
    "director", "directora", "diretor", "diretora", "docteur", "doctor", "doctora", "doctoral",
    "dr", "economist", "economista", "editor", "editora", "employee", "engineer", "estudiante",
    "etudiant", "etudiante", "estudante", "executive", "fellow", "founder", "fundador",
    "fundadora", "fondateur", "fondatrice", "head", "imam", "intern", "investigador",
    "investigadora", "jefe", "jefa", "journalist", "journaliste", "jornalista", "lawyer", "lead",
    "leader", "lecturer", "lider", "manager", "md", "member", "miembro", "membre", "membro",
    "militant", "militante", "nurse", "officer", "organiser", "organizer", "pastor", "phd",
    "postdoc", "postdoctoral", "president", "presidente", "presidenta", "priest", "prof",
    "professeur", "professor", "professora", "profesor", "profesora", "rabbi", "representative",
    "representante", "researcher", "rev", "reverend", "scientist", "secretary", "secretario",
    "secretaria", "secretaire", "senior", "specialist", "staff", "student", "teacher", "treasurer",
    "tesorero", "tesorera", "vice", "volunteer", "voluntario", "voluntaria", "benevole", "writer",
    "instructor", "tutor", "trainer", "educator", "counselor", "counsellor", "therapist",
    "psychologist", "administrator", "librarian", "archivist", "curator", "adjunct", "lecturer",
    "emeritus", "docent", "docente", "investigator", "physician", "midwife", "paralegal", "clerk",
    "steward", "delegate", "spokesperson", "portavoz", "vocera", "vocero", "ambassador",
    "advocate", "defensora", "defensor",
];

/// Words that say a person has no organization to be listed by.
#[rustfmt::skip]
const NO_ORGANIZATION: &[&str] = &[
    "independent", "independiente", "independant", "independente", "individual", "retired",
    "jubilado", "jubilada", "retraite", "retraitee", "aposentado", "aposentada", "self",
    "employed", "freelance", "none", "ninguna", "ninguno", "aucune", "aucun", "nenhuma", "na",
    "n a", "private", "citizen", "personal", "myself",
];

/// Words of the headings above and inside pasted lists ("Signed,",
/// "International Organizations", "Endorsers as of 1 May 2024").
#[rustfmt::skip]
const HEADING: &[&str] = &[
    "signed", "signatories", "signatory", "signers", "signer", "signed by", "endorsed",
    "endorsers", "endorser", "endorsements", "endorsing", "supporters", "supported", "cosigners",
    "co", "undersigned", "list", "following", "by", "as", "of", "at", "on", "the", "and", "we",
    "our", "other", "organizations", "organisations", "organization", "organisation", "orgs",
    "individuals", "individual", "persons", "people", "international", "national", "regional",
    "local", "global", "grassroots", "civil", "society", "networks", "groups", "members", "member",
    "allies", "partners", "initial", "additional", "new", "more", "further", "firmantes", "firmas",
    "firman", "firmado", "adhesiones", "adhieren", "organizaciones", "personas", "individuales",
    "nacionales", "internacionales", "regionales", "locales", "de", "la", "las", "los", "y",
    "signataires", "signe", "signes", "organisations", "individus", "personnes", "internationales",
    "nationales", "et", "des", "assinaturas", "assinam", "signatarios", "organizacoes", "pessoas",
    "internacionais", "nacionais", "e", "da", "do", "das", "dos", "update", "updated", "total",
    "so", "far", "to", "date", "date", "until", "now", "list", "listed", "alphabetical", "order",
    "country", "countries", "region", "por", "en", "par", "em", "otras", "otros", "other",
    "others", "autres", "outras", "outros", "para", "mayor", "informacion", "information",
    "press", "prensa", "declaracion",
];

/// Regions that head a part of a list ("Africa", "Latin America:").
#[rustfmt::skip]
const REGION: &[&str] = &[
    "africa", "asia", "europe", "europa", "americas", "america", "latin america",
    "latin america and the caribbean", "north america", "south america", "central america",
    "caribbean", "caribe", "middle east", "mena", "middle east and north africa", "asia pacific",
    "asia and the pacific", "pacific", "oceania", "east africa", "west africa", "southern africa",
    "north africa", "sub saharan africa", "south asia", "southeast asia", "south east asia",
    "east asia", "central asia", "western europe", "eastern europe", "global south",
    "global north", "worldwide", "afrique", "amerique latine", "asie", "america latina",
    "america latina y el caribe", "oriente medio", "medio oriente", "moyen orient",
    "africa do sul", "asia pacifico",
];

#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
    "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "janvier", "fevrier",
    "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
    "decembre", "janeiro", "fevereiro", "marco", "maio", "junho", "julho", "setembro", "outubro",
    "novembro", "dezembro",
];

fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

/// Does this folded text hold a word of organizations' names?
pub fn has_organization_word(folded: &str) -> bool {
    words(folded).any(|w| ORGANIZATION.contains(&w))
}

/// Does this folded text hold a word of people's roles?
pub fn has_role_word(folded: &str) -> bool {
    words(folded).any(|w| ROLE.contains(&w))
}

/// Is this folded text only a role ("executive director", "profesora")?
pub fn is_only_role(folded: &str) -> bool {
    #[rustfmt::skip]
    const LINKS: &[&str] = &[
        "of", "for", "the", "and", "de", "del", "la", "el", "y", "e", "des", "du", "et", "da",
        "do", "general", "programme", "program", "programs", "programmes", "research",
        "communications", "policy", "advocacy", "project", "projects", "board", "campaigns",
        "operations", "national", "regional", "international", "emeritus", "emerita", "adjunct",
        "visiting", "former", "co", "founding", "managing", "principal", "honorary", "legal",
        "law", "human", "rights",
    ];
    let all: Vec<&str> = words(folded).collect();
    !all.is_empty()
        && all.iter().any(|w| ROLE.contains(w))
        && all.iter().all(|w| ROLE.contains(w) || LINKS.contains(w))
}

/// Does this folded text say there is no organization ("independent",
/// "retired", "n/a")?
pub fn says_no_organization(folded: &str) -> bool {
    let all: Vec<&str> = words(folded).collect();
    !all.is_empty()
        && (NO_ORGANIZATION.contains(&folded)
            || all
                .iter()
                .all(|w| NO_ORGANIZATION.contains(w) || ROLE.contains(w)))
}

/// The nouns a heading is about: a heading names the list below it.
#[rustfmt::skip]
const HEADING_NOUNS: &[&str] = &[
    "signed", "signatories", "signatory", "signers", "endorsed", "endorsers", "endorsements",
    "supporters", "cosigners", "undersigned", "organizations", "organisations", "orgs",
    "individuals", "persons", "people", "groups", "networks", "members", "allies", "partners",
    "list", "firmantes", "firmas", "firman", "firmado", "adhesiones", "adhieren", "organizaciones",
    "personas", "signataires", "signe", "signes", "individus", "personnes", "assinaturas",
    "assinam", "signatarios", "organizacoes", "pessoas", "endnotes", "footnotes", "notes",
    "references", "contactos", "contacts", "asambleas", "ongs", "ngos", "instituciones",
    "institutions",
];

/// Is this folded text made only of heading words, numbers and dates, and
/// about a list ("endorsers as of 1 may 2024", "international
/// organizations")? "Grassroots International" is a name, not a heading.
pub fn is_heading(folded: &str) -> bool {
    let all: Vec<&str> = words(folded).collect();
    // The scope of a part of the list, alone on its line: "Global", "National".
    #[rustfmt::skip]
    const SCOPES: &[&str] = &[
        "global", "regional", "national", "international", "local", "subregional", "internacional",
        "nacional", "internacionales", "nacionales", "internationales", "nationales",
        "internacionais", "nacionais", "mundial",
    ];
    if let [one] = all.as_slice()
        && SCOPES.contains(one)
    {
        return true;
    }
    // A count of the list: "1,104 total signers as of 6:30 pm, February 4th".
    // It starts with its count ("1,104 total signers…") or "Total".
    let counts = all
        .first()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || *w == "total");
    if counts
        && all.len() <= 16
        && all.iter().any(|w| HEADING_NOUNS.contains(w))
        && all.iter().any(|w| {
            matches!(
                *w,
                "total" | "as" | "so" | "signed" | "signers" | "signatories" | "endorsers"
            )
        })
    {
        return true;
    }
    all.iter().any(|w| HEADING_NOUNS.contains(w))
        && all.iter().all(|w| {
            HEADING.contains(w)
                || HEADING_NOUNS.contains(w)
                || MONTHS.contains(w)
                || w.chars().all(|c| c.is_ascii_digit())
        })
}

/// Names that name nobody: a signer who asked to stay unnamed.
#[rustfmt::skip]
const ANONYMOUS: &[&str] = &[
    "anonymous", "anon", "anonyme", "anonimo", "anonima", "anonymus", "anonym", "withheld",
    "name withheld", "prefer not to say", "not given", "unnamed", "sin nombre", "sans nom", "nn",
    "n n",
];

/// Is this folded name no name at all ("Anonymous", "Name withheld")?
pub fn is_anonymous(folded: &str) -> bool {
    ANONYMOUS.contains(&folded)
}

/// Closings that sign a letter off above its list ("In solidarity,").
#[rustfmt::skip]
const CLOSINGS: &[&str] = &[
    "sincerely", "in solidarity", "with urgency", "respectfully", "regards", "best regards",
    "kind regards", "yours", "yours sincerely", "yours faithfully", "with hope", "en solidaridad",
    "atentamente", "cordialmente", "saludos", "cordialement", "solidairement",
    "en toute solidarite", "bien a vous", "atenciosamente", "com solidariedade",
    "em solidariedade",
];

/// Is this folded text a closing that signs a letter off ("sincerely")?
pub fn is_closing(folded: &str) -> bool {
    CLOSINGS.contains(&folded)
}

/// Is this folded text the name of a world region ("latin america")?
pub fn is_region(folded: &str) -> bool {
    REGION.contains(&folded)
}

/// The month a folded word names, in English, Spanish, French or
/// Portuguese, in full or the English abbreviation.
pub fn month_number(folded: &str) -> Option<u32> {
    #[rustfmt::skip]
    const BY_MONTH: [&[&str]; 12] = [
        &["january", "jan", "enero", "janvier", "janeiro"],
        &["february", "feb", "febrero", "fevrier", "fevereiro"],
        &["march", "mar", "marzo", "mars", "marco"],
        &["april", "apr", "abril", "avril"],
        &["may", "mayo", "mai", "maio"],
        &["june", "jun", "junio", "juin", "junho"],
        &["july", "jul", "julio", "juillet", "julho"],
        &["august", "aug", "agosto", "aout"],
        &["september", "sep", "sept", "septiembre", "setiembre", "septembre", "setembro"],
        &["october", "oct", "octubre", "octobre", "outubro"],
        &["november", "nov", "noviembre", "novembre", "novembro"],
        &["december", "dec", "diciembre", "decembre", "dezembro"],
    ];
    BY_MONTH
        .iter()
        .position(|names| names.contains(&folded))
        .map(|i| i as u32 + 1)
}

/// Is this folded word a month's name?
pub fn is_month(folded: &str) -> bool {
    MONTHS.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::names::fold;

    #[test]
    fn roles_and_organizations_are_told_apart() {
        assert!(is_only_role(&fold("Associate Professor")));
        assert!(is_only_role(&fold("Executive Director")));
        assert!(is_only_role(&fold("Coordinadora General")));
        assert!(!is_only_role(&fold("University of X")));
        assert!(has_organization_word(&fold("Acme & Beta Labs")));
        assert!(has_organization_word(&fold("Universidad de Chile")));
        assert!(!has_organization_word(&fold("Researcher")));
        assert!(says_no_organization(&fold("Independent researcher")));
        assert!(says_no_organization(&fold("N/A")));
        assert!(!says_no_organization(&fold("Shelter Network")));
    }

    #[test]
    fn headings_are_recognised() {
        for heading in [
            "Signed,",
            "International Organizations",
            "National organizations:",
            "Endorsers as of 1 May 2024",
            "Organizaciones firmantes",
            "Signataires",
            "List of signatories",
            "Global",
            "National",
        ] {
            assert!(is_heading(&fold(heading)), "{heading}");
        }
        for name in [
            "Mission for Migrant Workers",
            "Women's Forum",
            "2.3.4 Netzwerk",
            "Migrants Organise",
            "Grassroots International",
            "Bill Budington EFF Sr Staff Technologist LibrePlanet 2021 Presenter signed in personal capacity",
            "By",
        ] {
            assert!(!is_heading(&fold(name)), "{name}");
        }
    }
}
