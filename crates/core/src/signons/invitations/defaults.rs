//! The messages an organizer starts from, in the statement's language:
//! English, Spanish, French and Portuguese; other languages start from
//! English until someone translates them.

use super::{Purpose, Template};

use crate::text::primary_language as primary;

/// The default template for a purpose, in `language`.
pub(crate) fn template(purpose: Purpose, language: &str) -> Template {
    let (subject, body) = match (primary(language).as_str(), purpose) {
        ("es", Purpose::Invitation) => (
            "Invitación a firmar: {{statement_title}}",
            "Hola, {{contact_name}}:\n\nInvitamos a {{organization}} a firmar la declaración \
             conjunta «{{statement_title}}». Por favor, responda a este mensaje antes del {{deadline}} \
             para sumar su firma.\n\n{{statement_text}}\n\nEn solidaridad,",
        ),
        ("es", Purpose::Reminder) => (
            "Recordatorio: {{statement_title}}",
            "Hola, {{contact_name}}:\n\nLe recordamos que las adhesiones a «{{statement_title}}» \
             se cierran el {{deadline}}. Responda a este mensaje para sumar a {{organization}}.\n\n\
             En solidaridad,",
        ),
        ("fr", Purpose::Invitation) => (
            "Invitation à signer\u{a0}: {{statement_title}}",
            "Bonjour {{contact_name}},\n\nNous invitons {{organization}} à signer la déclaration \
             commune «\u{a0}{{statement_title}}\u{a0}». Merci de répondre à ce message avant le \
             {{deadline}} pour ajouter votre signature.\n\n{{statement_text}}\n\nSolidairement,",
        ),
        ("fr", Purpose::Reminder) => (
            "Rappel\u{a0}: {{statement_title}}",
            "Bonjour {{contact_name}},\n\nLes signatures de «\u{a0}{{statement_title}}\u{a0}» se \
             terminent le {{deadline}}. Répondez à ce message pour ajouter {{organization}}.\n\n\
             Solidairement,",
        ),
        ("pt", Purpose::Invitation) => (
            "Convite para assinar: {{statement_title}}",
            "Olá, {{contact_name}},\n\nConvidamos {{organization}} a assinar a declaração \
             conjunta “{{statement_title}}”. Por favor, responda a esta mensagem até {{deadline}} \
             para acrescentar a sua assinatura.\n\n{{statement_text}}\n\nEm solidariedade,",
        ),
        ("pt", Purpose::Reminder) => (
            "Lembrete: {{statement_title}}",
            "Olá, {{contact_name}},\n\nLembramos que as adesões a “{{statement_title}}” \
             encerram em {{deadline}}. Responda a esta mensagem para acrescentar {{organization}}.\n\n\
             Em solidariedade,",
        ),
        (_, Purpose::Invitation) => (
            "Invitation to sign: {{statement_title}}",
            "Dear {{contact_name}},\n\nWe invite {{organization}} to sign the joint statement \
             “{{statement_title}}”. Please reply to this message by {{deadline}} to add your name.\n\n\
             {{statement_text}}\n\nWith solidarity,",
        ),
        (_, Purpose::Reminder) => (
            "Reminder: {{statement_title}}",
            "Dear {{contact_name}},\n\nA reminder that sign-ons to “{{statement_title}}” close on \
             {{deadline}}. Reply to this message to add {{organization}}.\n\nWith solidarity,",
        ),
    };
    Template {
        purpose,
        subject: subject.into(),
        body: body.into(),
    }
}

/// How an organization is greeted when no person of it is known.
pub(crate) fn friends_at(organization: &str, language: &str) -> String {
    match primary(language).as_str() {
        "es" => format!("compañeras y compañeros de {organization}"),
        "fr" => format!("amies et amis de {organization}"),
        "pt" => format!("companheiras e companheiros de {organization}"),
        _ => format!("friends at {organization}"),
    }
}
