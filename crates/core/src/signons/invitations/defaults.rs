//! The messages an organizer starts from, in the statement's language:
//! English, Spanish, French, Portuguese, Arabic, Indonesian and Filipino
//! (`fil`, or `tl` as some systems still tag it); other languages start
//! from English until someone translates them.

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
        ("ar", Purpose::Invitation) => (
            "دعوة إلى التوقيع: {{statement_title}}",
            "تحية طيبة إلى {{contact_name}}،\n\nندعو {{organization}} إلى التوقيع على البيان \
             المشترك «{{statement_title}}». نرجو الرد على هذه الرسالة في موعد أقصاه {{deadline}} \
             لإضافة توقيعكم.\n\n{{statement_text}}\n\nمع خالص التضامن،",
        ),
        ("ar", Purpose::Reminder) => (
            "تذكير: {{statement_title}}",
            "تحية طيبة إلى {{contact_name}}،\n\nنذكّركم بأن باب التوقيع على «{{statement_title}}» \
             يُغلق في {{deadline}}. نرجو الرد على هذه الرسالة لإضافة {{organization}} إلى \
             الموقّعين.\n\nمع خالص التضامن،",
        ),
        ("id", Purpose::Invitation) => (
            "Undangan untuk menandatangani: {{statement_title}}",
            "Halo {{contact_name}},\n\nKami mengundang {{organization}} untuk menandatangani \
             pernyataan bersama “{{statement_title}}”. Mohon balas pesan ini paling lambat \
             {{deadline}} untuk menambahkan tanda tangan Anda.\n\n{{statement_text}}\n\n\
             Salam solidaritas,",
        ),
        ("id", Purpose::Reminder) => (
            "Pengingat: {{statement_title}}",
            "Halo {{contact_name}},\n\nKami ingin mengingatkan bahwa penandatanganan \
             “{{statement_title}}” ditutup pada {{deadline}}. Silakan balas pesan ini untuk \
             menambahkan {{organization}} sebagai penanda tangan.\n\nSalam solidaritas,",
        ),
        ("fil" | "tl", Purpose::Invitation) => (
            "Imbitasyong lumagda: {{statement_title}}",
            "Mahal na {{contact_name}},\n\nIniimbitahan namin ang {{organization}} na lumagda sa \
             magkasanib na pahayag na “{{statement_title}}”. Pakisagot ang mensaheng ito hanggang \
             {{deadline}} para maidagdag ang inyong pangalan.\n\n{{statement_text}}\n\n\
             Sa pakikiisa,",
        ),
        ("fil" | "tl", Purpose::Reminder) => (
            "Paalala: {{statement_title}}",
            "Mahal na {{contact_name}},\n\nPaalala lamang na magsasara ang paglagda sa \
             “{{statement_title}}” sa {{deadline}}. Pakisagot ang mensaheng ito para maisama ang \
             {{organization}} sa mga lumagda.\n\nSa pakikiisa,",
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
        "ar" => format!("الزميلات والزملاء في {organization}"),
        "id" => format!("kawan-kawan di {organization}"),
        "fil" | "tl" => format!("mga kasama sa {organization}"),
        _ => format!("friends at {organization}"),
    }
}
