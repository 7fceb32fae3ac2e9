//! What of an individual's affiliation may be printed when they are listed
//! by their organization only: the organization's name, never their role.
//!
//! Affiliation cells hold a role, an organization, or both in any order
//! ("Associate Professor, University of X", "CEO, Acme & Beta Labs",
//! "Researcher, Institute Y & Lecturer, College Z"). The cell is cut into
//! parts; each part is a role, an organization, a place or unclear. Only
//! parts that are clearly not a role are printed; when that cannot be told,
//! nothing is, and the person is counted without being listed.

use crate::text::names::fold;
use crate::text::words;

/// What an affiliation gives to print for a person listed by organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrganizationPart {
    /// The organization's name (several joined by "; "), as written.
    Organization(String),
    /// A role only, "independent", or nothing: no organization to list.
    None,
    /// Parts that may be a role or a name: not printed.
    Unclear,
}

/// Separators that always end a part.
const HARD: &[&str] = &[",", ";", "،", "|", " - ", " – ", " — ", " / ", "\t"];
/// Words that join a role to where it is held ("Professor at …").
const AFTER_ROLE: &[&str] = &[
    " at ", " @ ", " en ", " chez ", " em ", " na ", " no ", " with ", " con ", " avec ",
];
/// Words that join a role to its field or to where it is held: "Professor
/// of History" (a field, part of the role) or "Director of Shelter Network"
/// (an organization, told by its words).
const OF_ROLE: &[&str] = &[" of ", " in ", " de ", " del ", " da ", " do ", " for "];
/// Words that join two affiliations ("Institute Y & Lecturer").
const JOINS: &[&str] = &[" & ", " and ", " y ", " et ", " e "];

fn split_all<'a>(text: &'a str, separators: &[&str]) -> Vec<&'a str> {
    let mut parts = vec![text];
    for sep in separators {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
}

/// Splits where the left side is a role only: "Professor at University X"
/// → ["Professor", "University X"]; "University of X" stays whole.
fn split_after_role(part: &str) -> Vec<&str> {
    if words::is_only_role(&fold(part)) {
        return vec![part];
    }
    for sep in AFTER_ROLE.iter().chain(OF_ROLE) {
        if let Some(at) = part.find(sep) {
            let (left, right) = (&part[..at], &part[at + sep.len()..]);
            let names_a_place = !OF_ROLE.contains(sep)
                || words::has_organization_word(&fold(right))
                || has_acronym(right);
            if words::is_only_role(&fold(left)) && !right.trim().is_empty() && names_a_place {
                let mut out = vec![left];
                out.extend(split_after_role(right));
                return out;
            }
        }
    }
    vec![part]
}

/// Splits "Institute Y & Lecturer" where one side is a role only; "Acme &
/// Beta Labs" stays whole.
fn split_joined(part: &str) -> Vec<&str> {
    for sep in JOINS {
        let pieces: Vec<&str> = part.split(sep).collect();
        if pieces.len() > 1 && pieces.iter().any(|p| words::is_only_role(&fold(p))) {
            return pieces;
        }
    }
    vec![part]
}

#[derive(Debug, PartialEq)]
enum Kind {
    Role,
    /// The person's own name, a handle or an e-mail: theirs, never printed.
    Personal,
    NoOrganization,
    Place,
    /// Words of a role and of an organization together ("Group Leader,
    /// Prototyping Service"): not printed unless nothing clearer is there.
    Mixed,
    Organization,
    Unknown,
}

/// Legal forms that follow an organization's name after a comma ("Cisco
/// Systems, Inc."): part of the name, not a part of their own.
fn is_legal_form(part: &str) -> bool {
    matches!(
        fold(part).replace(' ', "").as_str(),
        "inc"
            | "ltd"
            | "llc"
            | "llp"
            | "plc"
            | "gmbh"
            | "ag"
            | "sa"
            | "sas"
            | "sarl"
            | "srl"
            | "spa"
            | "bv"
            | "nv"
            | "ev"
            | "ac"
            | "asbl"
            | "oz"
            | "cic"
            | "cio"
            | "pty"
            | "pvt"
            | "corp"
            | "co"
            | "ltda"
            | "eirl"
            | "ong"
            | "ngo"
    )
}

/// Does the part name the person (a word of their name of three letters or
/// more), or hold a handle or an e-mail?
fn is_personal(part: &str, person: &[String]) -> bool {
    part.contains('@')
        || part.contains('`')
        || fold(part)
            .split(' ')
            .any(|w| w.chars().count() >= 3 && person.iter().any(|p| p == w))
}

/// An all-capitals word of two or more letters ("UCLA", "MFMW").
fn has_acronym(part: &str) -> bool {
    part.split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| !c.is_lowercase())
            && w.chars().any(char::is_uppercase)
    })
}

fn kind(part: &str, person: &[String]) -> Kind {
    let folded = fold(part);
    if is_personal(part, person) {
        Kind::Personal
    } else if words::is_only_role(&folded) {
        Kind::Role
    } else if words::says_no_organization(&folded) {
        Kind::NoOrganization
    } else if crate::countries::resolve(part).is_ok() || words::is_region(&folded) {
        Kind::Place
    } else if words::has_organization_word(&folded) && words::has_role_word(&folded) {
        Kind::Mixed
    } else if words::has_organization_word(&folded) {
        Kind::Organization
    } else if words::has_role_word(&folded) {
        // "Professor of Sociology", "Senior Fellow for Human Mobility":
        // a role with its field, no organization's word in it.
        Kind::Role
    } else if has_acronym(part) {
        Kind::Organization
    } else {
        Kind::Unknown
    }
}

/// The organization part of an affiliation cell.
pub fn organization_part(affiliation: &str) -> OrganizationPart {
    organization_part_of(affiliation, "")
}

/// The organization part of the affiliation of the person named `person`:
/// a part that holds their own name, a handle or an e-mail is theirs and
/// never printed.
pub fn organization_part_of(affiliation: &str, person: &str) -> OrganizationPart {
    let person: Vec<String> = fold(person)
        .split(' ')
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect();
    let mut hard_parts: Vec<String> = Vec::new();
    for hard in split_all(affiliation.trim(), HARD) {
        match hard_parts.last_mut() {
            Some(previous) if is_legal_form(hard) => {
                previous.push(',');
                previous.push_str(hard);
            }
            _ => hard_parts.push(hard.to_string()),
        }
    }
    let mut parts: Vec<&str> = Vec::new();
    for hard in &hard_parts {
        for joined in split_joined(hard) {
            parts.extend(split_after_role(joined));
        }
    }
    let mut organizations = Vec::new();
    let mut unknown = Vec::new();
    let mut mixed = false;
    let mut personal = false;
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        match kind(part, &person) {
            Kind::Role | Kind::NoOrganization | Kind::Place => {}
            // Beside something of theirs, only a clear organization is printed.
            Kind::Personal => personal = true,
            Kind::Mixed => mixed = true,
            Kind::Organization => organizations.push(part),
            Kind::Unknown => unknown.push(part),
        }
    }
    if !organizations.is_empty() {
        return OrganizationPart::Organization(organizations.join("; "));
    }
    match (unknown.as_slice(), mixed) {
        ([], false) => OrganizationPart::None,
        ([one], _) if !personal => OrganizationPart::Organization((*one).to_string()),
        _ => OrganizationPart::Unclear,
    }
}

/// The organization an affiliation lets the person `name` be listed by, or
/// nothing.
pub(crate) fn organization_of(affiliation: &str, name: &str) -> String {
    match organization_part_of(affiliation, name) {
        OrganizationPart::Organization(name) => name,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(raw: &str) -> OrganizationPart {
        organization_part(raw)
    }

    fn named(name: &str) -> OrganizationPart {
        OrganizationPart::Organization(name.to_string())
    }

    #[test]
    fn a_role_and_an_organization_print_the_organization() {
        assert_eq!(
            org("Associate Professor, University of X"),
            named("University of X")
        );
        assert_eq!(org("CEO, Acme & Beta Labs"), named("Acme & Beta Labs"));
        assert_eq!(
            org("Executive Director, Shelter Network"),
            named("Shelter Network")
        );
        assert_eq!(
            org("Researcher, Institute Y & Lecturer, College Z"),
            named("Institute Y; College Z")
        );
        assert_eq!(
            org("Professor at Universidad de Chile"),
            named("Universidad de Chile")
        );
        assert_eq!(org("Student at UCLA"), named("UCLA"));
        assert_eq!(
            org("Coordinadora, Red de Mujeres, Perú"),
            named("Red de Mujeres")
        );
        assert_eq!(org("Director of Programs, Kalayaan"), named("Kalayaan"));
        assert_eq!(
            org("Assistant Professor of Race in American Religion and Culture, Virginia Tech"),
            named("Virginia Tech")
        );
        assert_eq!(
            org("Adjunct Professor of History, Chicago City Colleges"),
            named("Chicago City Colleges")
        );
        assert_eq!(org("art instructor, Root Division"), named("Root Division"));
        assert_eq!(org("Director of Shelter Network"), named("Shelter Network"));
        assert_eq!(
            org("Group Leader Research and Prototyping Service, IHP"),
            named("IHP")
        );
        assert_eq!(
            org("Geriatric Support Services Coordinator, Springwell"),
            named("Springwell")
        );
        assert_eq!(org("Cisco Systems, Inc."), named("Cisco Systems, Inc."));
    }

    #[test]
    fn what_names_the_person_is_never_printed() {
        let of = |aff: &str, name: &str| organization_part_of(aff, name);
        assert_eq!(
            of("Council Woman Perez, City of Merced", "Bertha Perez"),
            OrganizationPart::Unclear
        );
        assert_eq!(
            of(
                "Councillor Perez, Merced Community Foundation",
                "Bertha Perez"
            ),
            named("Merced Community Foundation")
        );
        assert_eq!(
            of("Anshul Sharma, Verification Engineer", "Anshul Sharma"),
            OrganizationPart::None
        );
        assert_eq!(of("Arno Grümer", "Arno Grümer"), OrganizationPart::None);
        assert_eq!(
            of("`@acidflask` and `@jiahao`", "Jiahao Chen"),
            OrganizationPart::None
        );
        assert_eq!(
            of("Loretta Celitan, loretta@example.org", "Loretta Celitan"),
            OrganizationPart::None
        );
    }

    #[test]
    fn an_organization_alone_prints_as_written() {
        assert_eq!(org("Shelter Network"), named("Shelter Network"));
        assert_eq!(org("Kalayaan"), named("Kalayaan"));
        assert_eq!(org("University of X"), named("University of X"));
    }

    #[test]
    fn a_role_alone_or_no_organization_prints_nothing() {
        assert_eq!(org("Executive Director"), OrganizationPart::None);
        assert_eq!(org("Independent researcher"), OrganizationPart::None);
        assert_eq!(org("Retired"), OrganizationPart::None);
        assert_eq!(org(""), OrganizationPart::None);
        assert_eq!(org("Profesora"), OrganizationPart::None);
    }

    #[test]
    fn what_cannot_be_split_safely_prints_nothing() {
        assert_eq!(
            org("Dean, Smith Hall, Springfield"),
            OrganizationPart::Unclear
        );
        assert_eq!(org("Director of Research"), OrganizationPart::None);
        assert_eq!(
            org("Senior Fellow for Human Mobility Studies"),
            OrganizationPart::None
        );
        assert_eq!(
            org("Associate Professor of Sociology, California State University, Fullerton"),
            named("California State University")
        );
    }
}
