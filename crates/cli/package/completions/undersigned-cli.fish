# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_undersigned_cli_global_optspecs
    string join \n db= json h/help V/version
end

function __fish_undersigned_cli_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_undersigned_cli_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_undersigned_cli_using_subcommand
    set -l cmd (__fish_undersigned_cli_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -s V -l version -d 'Print version'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "statements" -d 'Joint statements'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "backup" -d 'Backups of the database, in backups/FILE NAME/ beside it'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "contacts" -d 'Organizations and people'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "endorsements" -d 'Sign-ons to a statement: add, take in, review, count'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "invitations" -d 'Invitations to sign a statement, and the messages that go with them'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "export" -d 'Export a statement with its signatories (pdf, docx, html, md, txt, csv), signed on request'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "exports" -d 'The log of a statement\'s exports'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "keys" -d 'Signing keys (minisign format)'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "verify" -d 'Check a file against its signature and the signer\'s public key (exit 0 authentic, 1 not)'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "db" -d 'The database file itself: encryption at rest'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "share" -d 'Share this database with other organizers through a synced folder (Syncthing, Nextcloud, a shared drive)'
complete -c undersigned-cli -n "__fish_undersigned_cli_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "list" -d 'List statements, most recently changed first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "create" -d 'Start a new statement (as a draft)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "show" -d 'Show one statement, or one of its revisions'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "import-md" -d 'Start a statement from a Markdown file (its first heading is the title); prints the new id'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "import-docx" -d 'Start a statement from a Word .docx file (its first heading is the title); prints the new id'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "edit" -d 'Replace a statement\'s text with a Markdown file, saved as a new revision'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "revisions" -d 'List a statement\'s revisions, newest first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "diff" -d 'Compare two revisions word by word'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "set-status" -d 'Change a statement\'s status: draft, open, closed or published'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "translate" -d 'Start a translation in another language, linked to the original'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "duplicate" -d 'Copy a statement (text and details, no endorsements) as a new draft'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "rename" -d 'Change a statement\'s title'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "details" -d 'Set a statement\'s publication details; each option given replaces that detail (an empty value clears it), the others stay'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "delete" -d 'Move a statement to the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "restore" -d 'Bring a statement back from the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "purge" -d 'Remove a statement in the trash for good, with all that belongs to it'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and not __fish_seen_subcommand_from list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from list" -l trash -d 'List the statements in the trash instead'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from list" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from create" -l title -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from create" -l subtitle -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from create" -l language -d 'BCP 47 language tag, e.g. en, fr, ar [default: en]' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from create" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from create" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from show" -l revision -d 'Show revision N instead of the current text' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from show" -l format -d 'md: the statement as Markdown (title as the first `# ` heading); json: all fields' -r -f -a "md\t''
json\t''"
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from show" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from show" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from import-md" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from import-md" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from import-md" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from import-docx" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from import-docx" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from import-docx" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from edit" -l body-file -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from edit" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from edit" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from revisions" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from revisions" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from revisions" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from diff" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from diff" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from set-status" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from set-status" -l yes -d 'Go back to draft even though endorsements were recorded'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from set-status" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from set-status" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from translate" -l language -d 'BCP 47 language tag, e.g. fr, es, ar, zh-Hant' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from translate" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from translate" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from translate" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from duplicate" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from duplicate" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from duplicate" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from rename" -l title -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from rename" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from rename" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -l subtitle -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -l occasion -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -l issued-by -d 'An issuing organization (repeat for several, in order)' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -l date -d 'YYYY-MM-DD' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -l place -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -l language -d 'A language tag such as es, fr, pt-BR' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -l deadline -d 'The sign-on deadline, YYYY-MM-DD' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -l goal -d 'How many signatories are sought (0 clears it)' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from details" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from delete" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from restore" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from restore" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from purge" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from purge" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "list" -d 'List statements, most recently changed first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "create" -d 'Start a new statement (as a draft)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one statement, or one of its revisions'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "import-md" -d 'Start a statement from a Markdown file (its first heading is the title); prints the new id'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "import-docx" -d 'Start a statement from a Word .docx file (its first heading is the title); prints the new id'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Replace a statement\'s text with a Markdown file, saved as a new revision'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "revisions" -d 'List a statement\'s revisions, newest first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Compare two revisions word by word'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "set-status" -d 'Change a statement\'s status: draft, open, closed or published'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "translate" -d 'Start a translation in another language, linked to the original'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "duplicate" -d 'Copy a statement (text and details, no endorsements) as a new draft'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Change a statement\'s title'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "details" -d 'Set a statement\'s publication details; each option given replaces that detail (an empty value clears it), the others stay'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Move a statement to the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Bring a statement back from the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Remove a statement in the trash for good, with all that belongs to it'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand statements; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and not __fish_seen_subcommand_from create list restore help" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and not __fish_seen_subcommand_from create list restore help" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and not __fish_seen_subcommand_from create list restore help" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and not __fish_seen_subcommand_from create list restore help" -f -a "create" -d 'Make a backup now (kept until you delete it)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and not __fish_seen_subcommand_from create list restore help" -f -a "list" -d 'List the backups, newest first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and not __fish_seen_subcommand_from create list restore help" -f -a "restore" -d 'Replace the database with a backup; what it replaces is kept as a backup'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and not __fish_seen_subcommand_from create list restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from create" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from create" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from list" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from restore" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from restore" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a backup now (kept until you delete it)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the backups, newest first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Replace the database with a backup; what it replaces is kept as a backup'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand backup; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -f -a "import" -d 'Import contacts from a CSV, XLSX, ODS or vCard file'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -f -a "search" -d 'Find contacts by the start of any word: names, acronyms, e-mails, city, country'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -f -a "list" -d 'List contacts in name order'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -f -a "export" -d 'Write every contact as CSV or vCard 4.0'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -f -a "duplicates" -d 'Possible duplicates, most likely first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -f -a "merge" -d 'Merge OTHER records into KEEP: their endorsements, invitations, people and tags move to KEEP, and they go to the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -f -a "undo-merge" -d 'Undo a merge, by the id `merge` printed'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -f -a "not-duplicate" -d 'Say two contacts are not duplicates: `duplicates` stops offering the pair (--undo offers it again)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and not __fish_seen_subcommand_from import search list export duplicates merge undo-merge not-duplicate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from import" -l map -d 'Map a column (its header or number) to a field: organization, acronym, person, role, email, phone, country, city, sector, website, notes, tags, consent_contact, consent_publish, ignore' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from import" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from import" -l dry-run -d 'Report what each row would become; write nothing'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from import" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from search" -l limit -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from search" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from search" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from list" -l tag -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from list" -l country -d 'Country code or name' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from list" -l sector -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from list" -l trash -d 'The contacts in the trash instead'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from list" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from export" -l format -r -f -a "csv\t''
vcf\t''"
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from export" -l out -d 'File to write; standard output when left out' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from export" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from export" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from duplicates" -l limit -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from duplicates" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from duplicates" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from duplicates" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from merge" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from merge" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from undo-merge" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from undo-merge" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from undo-merge" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from not-duplicate" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from not-duplicate" -l undo
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from not-duplicate" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from not-duplicate" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import contacts from a CSV, XLSX, ODS or vCard file'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "search" -d 'Find contacts by the start of any word: names, acronyms, e-mails, city, country'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "list" -d 'List contacts in name order'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write every contact as CSV or vCard 4.0'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "duplicates" -d 'Possible duplicates, most likely first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Merge OTHER records into KEEP: their endorsements, invitations, people and tags move to KEEP, and they go to the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "undo-merge" -d 'Undo a merge, by the id `merge` printed'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "not-duplicate" -d 'Say two contacts are not duplicates: `duplicates` stops offering the pair (--undo offers it again)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand contacts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "add" -d 'Record one endorsement (a new signatory becomes a contact)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "import" -d 'Take in a spreadsheet of sign-ons (CSV, XLSX, ODS), such as a form export'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "paste" -d 'Take in a pasted list, one signatory per line, from a file or stdin (-)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "list" -d 'List a statement\'s endorsements in name order'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "set-status" -d 'Move an endorsement through review: confirmed, rejected, withdrawn'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "correct" -d 'Correct what will be printed (logged with the old and new values)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "confirm-pending" -d 'Confirm every pending endorsement of a statement'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "log" -d 'An endorsement\'s log'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "summary" -d 'Where a statement stands: counts, countries, goal, invitations'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "outdated" -d 'Confirmed endorsements of an earlier text than the current one'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "reconfirm" -d 'Mark endorsements as having confirmed the current text'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "delete" -d 'Move endorsements to the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "restore" -d 'Bring endorsements back from the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and not __fish_seen_subcommand_from add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l org -d 'An organization\'s name, as printed' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l person -d 'A person\'s name, as printed' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l contact -d 'A stored contact\'s id instead of a name' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l country -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l city -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l affiliation -d 'A person\'s organization or role, as printed' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l status -d 'pending (the default) or confirmed' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l visibility -d 'public, organization_only or counted_only' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l channel -d 'email (the default, as in the window), form, phone, in_person, paper, import or other' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l received -d 'The date it was received, YYYY-MM-DD' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from import" -l map -d 'Map a column (by header or 1-based number) to a field, e.g. --map "Nombre=organization"' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from import" -l visibility -d 'How individuals who said nothing about being named are listed: public, organization_only (the person is not named) or counted_only' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from import" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the review report and write nothing'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from import" -l confirm -d 'Land the rows as confirmed (a list already checked) instead of pending'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from import" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from paste" -l visibility -d 'How individuals who said nothing about being named are listed: public, organization_only (the person is not named) or counted_only' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from paste" -l include -d 'Put back a line read as a heading, by its line number (repeatable)' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from paste" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from paste" -l dry-run -d 'Print the review report and write nothing'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from paste" -l confirm -d 'Land the lines as confirmed (a list already checked) instead of pending'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from paste" -l individuals -d 'The lines are people, not organizations'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from paste" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from paste" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from list" -l status -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from list" -l search -d 'Words the name, affiliation, city or country contains' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from list" -l trash -d 'The trash instead'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from list" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from set-status" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from set-status" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from set-status" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from correct" -l name -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from correct" -l affiliation -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from correct" -l city -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from correct" -l country -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from correct" -l visibility -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from correct" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from correct" -l contact-too -d 'Give the linked contact the corrected name too'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from correct" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from correct" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from confirm-pending" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from confirm-pending" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from confirm-pending" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from log" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from log" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from summary" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from summary" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from outdated" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from outdated" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from outdated" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from reconfirm" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from reconfirm" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from reconfirm" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from delete" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from delete" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from restore" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from restore" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record one endorsement (a new signatory becomes a contact)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "import" -d 'Take in a spreadsheet of sign-ons (CSV, XLSX, ODS), such as a form export'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "paste" -d 'Take in a pasted list, one signatory per line, from a file or stdin (-)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a statement\'s endorsements in name order'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "set-status" -d 'Move an endorsement through review: confirmed, rejected, withdrawn'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "correct" -d 'Correct what will be printed (logged with the old and new values)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "confirm-pending" -d 'Confirm every pending endorsement of a statement'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "log" -d 'An endorsement\'s log'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "summary" -d 'Where a statement stands: counts, countries, goal, invitations'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "outdated" -d 'Confirmed endorsements of an earlier text than the current one'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "reconfirm" -d 'Mark endorsements as having confirmed the current text'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Move endorsements to the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Bring endorsements back from the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand endorsements; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and not __fish_seen_subcommand_from create list set-status messages sender help" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and not __fish_seen_subcommand_from create list set-status messages sender help" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and not __fish_seen_subcommand_from create list set-status messages sender help" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and not __fish_seen_subcommand_from create list set-status messages sender help" -f -a "create" -d 'Invite contacts by tag, country, sector, or all who signed another statement'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and not __fish_seen_subcommand_from create list set-status messages sender help" -f -a "list" -d 'List a statement\'s invitations'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and not __fish_seen_subcommand_from create list set-status messages sender help" -f -a "set-status" -d 'Record a reminder or an answer: reminded, signed, declined, no_answer'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and not __fish_seen_subcommand_from create list set-status messages sender help" -f -a "messages" -d 'Write one .eml message per invitation into a folder, for any mail client'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and not __fish_seen_subcommand_from create list set-status messages sender help" -f -a "sender" -d 'Show or set who signs the messages: your name and organization'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and not __fish_seen_subcommand_from create list set-status messages sender help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from create" -l tag -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from create" -l country -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from create" -l sector -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from create" -l signed -d 'Everyone with a confirmed endorsement of this statement' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from create" -l contact -d 'One contact by id (repeatable)' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from create" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from create" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from list" -l status -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from list" -l needs-reminder -d 'Only those unanswered N days after the last message' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from list" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from set-status" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from set-status" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from set-status" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from messages" -l out-dir -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from messages" -l reminders-after -d 'Reminders instead of invitations, to those that need one after DAYS' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from messages" -l from -d 'The sender\'s address; the name shown with it is the one set with `invitations sender`' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from messages" -l language -d 'Send this language version to everyone (a BCP 47 tag such as es); by default each contact gets the version in their country\'s language' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from messages" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from messages" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from messages" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from sender" -l name -d 'Your name' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from sender" -l organization -d 'The organization you write for' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from sender" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from sender" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from sender" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from help" -f -a "create" -d 'Invite contacts by tag, country, sector, or all who signed another statement'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a statement\'s invitations'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from help" -f -a "set-status" -d 'Record a reminder or an answer: reminded, signed, declined, no_answer'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from help" -f -a "messages" -d 'Write one .eml message per invitation into a folder, for any mail client'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from help" -f -a "sender" -d 'Show or set who signs the messages: your name and organization'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand invitations; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l format -r -f -a "pdf\t'Print-ready PDF (Typst)'
docx\t'Word document'
html\t''
html-fragment\t'An HTML fragment to paste into a website'
md\t''
txt\t''
csv\t''"
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l out -d 'The file to write; with --all-languages, the folder to write into' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l group-by -r -f -a "country\t''
sector\t''
kind\t''
none\t''"
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l paper -d 'Paper size (PDF and DOCX)' -r -f -a "a4\t''
letter\t''"
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l key -d 'The secret key to sign with (a minisign .key file); needs --sign' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l signer -d 'Who signs, for the signature\'s trusted comment [default: the key\'s file name]' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l all-languages -d 'Export the statement and every translation of it, one file each, into the --out folder'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l pdfa -d 'PDF/A-2b, for archiving (PDF)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l sign -d 'Sign the file: FILE.minisig is written beside it'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand exports; and not __fish_seen_subcommand_from list help" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand exports; and not __fish_seen_subcommand_from list help" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand exports; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand exports; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'The exports of a statement, newest first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand exports; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand exports; and __fish_seen_subcommand_from list" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand exports; and __fish_seen_subcommand_from list" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand exports; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand exports; and __fish_seen_subcommand_from help" -f -a "list" -d 'The exports of a statement, newest first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand exports; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and not __fish_seen_subcommand_from generate help" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and not __fish_seen_subcommand_from generate help" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and not __fish_seen_subcommand_from generate help" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and not __fish_seen_subcommand_from generate help" -f -a "generate" -d 'Make a signing key pair: PREFIX.pub (to share) and PREFIX.key (passphrase-protected)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and not __fish_seen_subcommand_from generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and __fish_seen_subcommand_from generate" -l out -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and __fish_seen_subcommand_from generate" -l label -d 'The organization, for the key\'s comment' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and __fish_seen_subcommand_from generate" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and __fish_seen_subcommand_from generate" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Make a signing key pair: PREFIX.pub (to share) and PREFIX.key (passphrase-protected)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand verify" -l pubkey -d 'The signer\'s public key (a minisign .pub file) [default: the organization\'s own key, kept in the database]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand verify" -l sig -d 'The signature [default: FILE.minisig]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand verify" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand verify" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand verify" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and not __fish_seen_subcommand_from encrypt decrypt change-passphrase help" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and not __fish_seen_subcommand_from encrypt decrypt change-passphrase help" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and not __fish_seen_subcommand_from encrypt decrypt change-passphrase help" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and not __fish_seen_subcommand_from encrypt decrypt change-passphrase help" -f -a "encrypt" -d 'Encrypt the database and its backups (new passphrase from UNDERSIGNED_DB_NEW_PASSPHRASE, or asked twice)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and not __fish_seen_subcommand_from encrypt decrypt change-passphrase help" -f -a "decrypt" -d 'Store the database and its backups as plain SQLite again (passphrase from UNDERSIGNED_DB_PASSPHRASE, or asked)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and not __fish_seen_subcommand_from encrypt decrypt change-passphrase help" -f -a "change-passphrase" -d 'Encrypt the database and its backups with another passphrase'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and not __fish_seen_subcommand_from encrypt decrypt change-passphrase help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from encrypt" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from encrypt" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from encrypt" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from decrypt" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from decrypt" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from decrypt" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from change-passphrase" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from change-passphrase" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from change-passphrase" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "encrypt" -d 'Encrypt the database and its backups (new passphrase from UNDERSIGNED_DB_NEW_PASSPHRASE, or asked twice)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "decrypt" -d 'Store the database and its backups as plain SQLite again (passphrase from UNDERSIGNED_DB_PASSPHRASE, or asked)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "change-passphrase" -d 'Encrypt the database and its backups with another passphrase'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -f -a "create" -d 'Start sharing this database in FOLDER, and write the invitation other organizers join with'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -f -a "join" -d 'Join a share with the invitation an organizer gave you; what this database holds is shared too'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -f -a "sync" -d 'Write this computer\'s changes to the folder and take in the others\''
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -f -a "status" -d 'The devices of the share, the last sync, what waits, and conflicts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -f -a "conflicts" -d 'Conflicts to review: edits that met, and things created twice'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -f -a "resolve" -d 'Settle a conflict: keep what the data holds now, or the other version'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -f -a "leave" -d 'Stop sharing this database; its data stays, the folder is left as it is'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and not __fish_seen_subcommand_from create join sync status conflicts resolve leave help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from create" -l folder -d 'The shared folder (a Syncthing or Nextcloud folder, a shared drive); empty or new' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from create" -l invitation-out -d 'Where to write the invitation; whoever has it can read the shared data, so hand it over privately' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from create" -l name -d 'How this computer is named to the others [default: its host name]' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from create" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from create" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from join" -l folder -d 'This computer\'s copy of the shared folder' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from join" -l invitation -d 'The invitation file' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from join" -l name -d 'How this computer is named to the others [default: its host name]' -r
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from join" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from join" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from sync" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from sync" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from status" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from status" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from conflicts" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from conflicts" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from conflicts" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from resolve" -l keep -d 'Which version to keep' -r -f -a "kept\t'What the data holds now'
other\t'The version that was not kept'"
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from resolve" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from resolve" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from leave" -l db -d 'Database file [default: the app\'s database in the OS data directory]' -r -F
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from leave" -l json -d 'Print JSON instead of text, for scripts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "create" -d 'Start sharing this database in FOLDER, and write the invitation other organizers join with'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "join" -d 'Join a share with the invitation an organizer gave you; what this database holds is shared too'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Write this computer\'s changes to the folder and take in the others\''
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "status" -d 'The devices of the share, the last sync, what waits, and conflicts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "conflicts" -d 'Conflicts to review: edits that met, and things created twice'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Settle a conflict: keep what the data holds now, or the other version'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Stop sharing this database; its data stays, the folder is left as it is'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand share; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "statements" -d 'Joint statements'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "backup" -d 'Backups of the database, in backups/FILE NAME/ beside it'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "contacts" -d 'Organizations and people'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "endorsements" -d 'Sign-ons to a statement: add, take in, review, count'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "invitations" -d 'Invitations to sign a statement, and the messages that go with them'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "export" -d 'Export a statement with its signatories (pdf, docx, html, md, txt, csv), signed on request'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "exports" -d 'The log of a statement\'s exports'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "keys" -d 'Signing keys (minisign format)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "verify" -d 'Check a file against its signature and the signer\'s public key (exit 0 authentic, 1 not)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "db" -d 'The database file itself: encryption at rest'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "share" -d 'Share this database with other organizers through a synced folder (Syncthing, Nextcloud, a shared drive)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and not __fish_seen_subcommand_from statements backup contacts endorsements invitations export exports keys verify db share help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "list" -d 'List statements, most recently changed first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "create" -d 'Start a new statement (as a draft)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "show" -d 'Show one statement, or one of its revisions'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "import-md" -d 'Start a statement from a Markdown file (its first heading is the title); prints the new id'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "import-docx" -d 'Start a statement from a Word .docx file (its first heading is the title); prints the new id'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "edit" -d 'Replace a statement\'s text with a Markdown file, saved as a new revision'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "revisions" -d 'List a statement\'s revisions, newest first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "diff" -d 'Compare two revisions word by word'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "set-status" -d 'Change a statement\'s status: draft, open, closed or published'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "translate" -d 'Start a translation in another language, linked to the original'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "duplicate" -d 'Copy a statement (text and details, no endorsements) as a new draft'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "rename" -d 'Change a statement\'s title'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "details" -d 'Set a statement\'s publication details; each option given replaces that detail (an empty value clears it), the others stay'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "delete" -d 'Move a statement to the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "restore" -d 'Bring a statement back from the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from statements" -f -a "purge" -d 'Remove a statement in the trash for good, with all that belongs to it'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "create" -d 'Make a backup now (kept until you delete it)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "list" -d 'List the backups, newest first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from backup" -f -a "restore" -d 'Replace the database with a backup; what it replaces is kept as a backup'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "import" -d 'Import contacts from a CSV, XLSX, ODS or vCard file'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "search" -d 'Find contacts by the start of any word: names, acronyms, e-mails, city, country'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "list" -d 'List contacts in name order'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "export" -d 'Write every contact as CSV or vCard 4.0'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "duplicates" -d 'Possible duplicates, most likely first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "merge" -d 'Merge OTHER records into KEEP: their endorsements, invitations, people and tags move to KEEP, and they go to the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "undo-merge" -d 'Undo a merge, by the id `merge` printed'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from contacts" -f -a "not-duplicate" -d 'Say two contacts are not duplicates: `duplicates` stops offering the pair (--undo offers it again)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "add" -d 'Record one endorsement (a new signatory becomes a contact)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "import" -d 'Take in a spreadsheet of sign-ons (CSV, XLSX, ODS), such as a form export'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "paste" -d 'Take in a pasted list, one signatory per line, from a file or stdin (-)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "list" -d 'List a statement\'s endorsements in name order'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "set-status" -d 'Move an endorsement through review: confirmed, rejected, withdrawn'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "correct" -d 'Correct what will be printed (logged with the old and new values)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "confirm-pending" -d 'Confirm every pending endorsement of a statement'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "log" -d 'An endorsement\'s log'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "summary" -d 'Where a statement stands: counts, countries, goal, invitations'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "outdated" -d 'Confirmed endorsements of an earlier text than the current one'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "reconfirm" -d 'Mark endorsements as having confirmed the current text'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "delete" -d 'Move endorsements to the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from endorsements" -f -a "restore" -d 'Bring endorsements back from the trash'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from invitations" -f -a "create" -d 'Invite contacts by tag, country, sector, or all who signed another statement'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from invitations" -f -a "list" -d 'List a statement\'s invitations'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from invitations" -f -a "set-status" -d 'Record a reminder or an answer: reminded, signed, declined, no_answer'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from invitations" -f -a "messages" -d 'Write one .eml message per invitation into a folder, for any mail client'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from invitations" -f -a "sender" -d 'Show or set who signs the messages: your name and organization'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from exports" -f -a "list" -d 'The exports of a statement, newest first'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "generate" -d 'Make a signing key pair: PREFIX.pub (to share) and PREFIX.key (passphrase-protected)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "encrypt" -d 'Encrypt the database and its backups (new passphrase from UNDERSIGNED_DB_NEW_PASSPHRASE, or asked twice)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "decrypt" -d 'Store the database and its backups as plain SQLite again (passphrase from UNDERSIGNED_DB_PASSPHRASE, or asked)'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "change-passphrase" -d 'Encrypt the database and its backups with another passphrase'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "create" -d 'Start sharing this database in FOLDER, and write the invitation other organizers join with'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "join" -d 'Join a share with the invitation an organizer gave you; what this database holds is shared too'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "sync" -d 'Write this computer\'s changes to the folder and take in the others\''
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "status" -d 'The devices of the share, the last sync, what waits, and conflicts'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "conflicts" -d 'Conflicts to review: edits that met, and things created twice'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "resolve" -d 'Settle a conflict: keep what the data holds now, or the other version'
complete -c undersigned-cli -n "__fish_undersigned_cli_using_subcommand help; and __fish_seen_subcommand_from share" -f -a "leave" -d 'Stop sharing this database; its data stays, the folder is left as it is'
