_undersigned__cli() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="undersigned__cli"
                ;;
            undersigned__cli,backup)
                cmd="undersigned__cli__subcmd__backup"
                ;;
            undersigned__cli,contacts)
                cmd="undersigned__cli__subcmd__contacts"
                ;;
            undersigned__cli,db)
                cmd="undersigned__cli__subcmd__db"
                ;;
            undersigned__cli,endorsements)
                cmd="undersigned__cli__subcmd__endorsements"
                ;;
            undersigned__cli,export)
                cmd="undersigned__cli__subcmd__export"
                ;;
            undersigned__cli,exports)
                cmd="undersigned__cli__subcmd__exports"
                ;;
            undersigned__cli,help)
                cmd="undersigned__cli__subcmd__help"
                ;;
            undersigned__cli,invitations)
                cmd="undersigned__cli__subcmd__invitations"
                ;;
            undersigned__cli,keys)
                cmd="undersigned__cli__subcmd__keys"
                ;;
            undersigned__cli,share)
                cmd="undersigned__cli__subcmd__share"
                ;;
            undersigned__cli,statements)
                cmd="undersigned__cli__subcmd__statements"
                ;;
            undersigned__cli,verify)
                cmd="undersigned__cli__subcmd__verify"
                ;;
            undersigned__cli__subcmd__backup,create)
                cmd="undersigned__cli__subcmd__backup__subcmd__create"
                ;;
            undersigned__cli__subcmd__backup,help)
                cmd="undersigned__cli__subcmd__backup__subcmd__help"
                ;;
            undersigned__cli__subcmd__backup,list)
                cmd="undersigned__cli__subcmd__backup__subcmd__list"
                ;;
            undersigned__cli__subcmd__backup,restore)
                cmd="undersigned__cli__subcmd__backup__subcmd__restore"
                ;;
            undersigned__cli__subcmd__backup__subcmd__help,create)
                cmd="undersigned__cli__subcmd__backup__subcmd__help__subcmd__create"
                ;;
            undersigned__cli__subcmd__backup__subcmd__help,help)
                cmd="undersigned__cli__subcmd__backup__subcmd__help__subcmd__help"
                ;;
            undersigned__cli__subcmd__backup__subcmd__help,list)
                cmd="undersigned__cli__subcmd__backup__subcmd__help__subcmd__list"
                ;;
            undersigned__cli__subcmd__backup__subcmd__help,restore)
                cmd="undersigned__cli__subcmd__backup__subcmd__help__subcmd__restore"
                ;;
            undersigned__cli__subcmd__contacts,duplicates)
                cmd="undersigned__cli__subcmd__contacts__subcmd__duplicates"
                ;;
            undersigned__cli__subcmd__contacts,export)
                cmd="undersigned__cli__subcmd__contacts__subcmd__export"
                ;;
            undersigned__cli__subcmd__contacts,help)
                cmd="undersigned__cli__subcmd__contacts__subcmd__help"
                ;;
            undersigned__cli__subcmd__contacts,import)
                cmd="undersigned__cli__subcmd__contacts__subcmd__import"
                ;;
            undersigned__cli__subcmd__contacts,list)
                cmd="undersigned__cli__subcmd__contacts__subcmd__list"
                ;;
            undersigned__cli__subcmd__contacts,merge)
                cmd="undersigned__cli__subcmd__contacts__subcmd__merge"
                ;;
            undersigned__cli__subcmd__contacts,not-duplicate)
                cmd="undersigned__cli__subcmd__contacts__subcmd__not__subcmd__duplicate"
                ;;
            undersigned__cli__subcmd__contacts,search)
                cmd="undersigned__cli__subcmd__contacts__subcmd__search"
                ;;
            undersigned__cli__subcmd__contacts,undo-merge)
                cmd="undersigned__cli__subcmd__contacts__subcmd__undo__subcmd__merge"
                ;;
            undersigned__cli__subcmd__contacts__subcmd__help,duplicates)
                cmd="undersigned__cli__subcmd__contacts__subcmd__help__subcmd__duplicates"
                ;;
            undersigned__cli__subcmd__contacts__subcmd__help,export)
                cmd="undersigned__cli__subcmd__contacts__subcmd__help__subcmd__export"
                ;;
            undersigned__cli__subcmd__contacts__subcmd__help,help)
                cmd="undersigned__cli__subcmd__contacts__subcmd__help__subcmd__help"
                ;;
            undersigned__cli__subcmd__contacts__subcmd__help,import)
                cmd="undersigned__cli__subcmd__contacts__subcmd__help__subcmd__import"
                ;;
            undersigned__cli__subcmd__contacts__subcmd__help,list)
                cmd="undersigned__cli__subcmd__contacts__subcmd__help__subcmd__list"
                ;;
            undersigned__cli__subcmd__contacts__subcmd__help,merge)
                cmd="undersigned__cli__subcmd__contacts__subcmd__help__subcmd__merge"
                ;;
            undersigned__cli__subcmd__contacts__subcmd__help,not-duplicate)
                cmd="undersigned__cli__subcmd__contacts__subcmd__help__subcmd__not__subcmd__duplicate"
                ;;
            undersigned__cli__subcmd__contacts__subcmd__help,search)
                cmd="undersigned__cli__subcmd__contacts__subcmd__help__subcmd__search"
                ;;
            undersigned__cli__subcmd__contacts__subcmd__help,undo-merge)
                cmd="undersigned__cli__subcmd__contacts__subcmd__help__subcmd__undo__subcmd__merge"
                ;;
            undersigned__cli__subcmd__db,change-passphrase)
                cmd="undersigned__cli__subcmd__db__subcmd__change__subcmd__passphrase"
                ;;
            undersigned__cli__subcmd__db,decrypt)
                cmd="undersigned__cli__subcmd__db__subcmd__decrypt"
                ;;
            undersigned__cli__subcmd__db,encrypt)
                cmd="undersigned__cli__subcmd__db__subcmd__encrypt"
                ;;
            undersigned__cli__subcmd__db,help)
                cmd="undersigned__cli__subcmd__db__subcmd__help"
                ;;
            undersigned__cli__subcmd__db__subcmd__help,change-passphrase)
                cmd="undersigned__cli__subcmd__db__subcmd__help__subcmd__change__subcmd__passphrase"
                ;;
            undersigned__cli__subcmd__db__subcmd__help,decrypt)
                cmd="undersigned__cli__subcmd__db__subcmd__help__subcmd__decrypt"
                ;;
            undersigned__cli__subcmd__db__subcmd__help,encrypt)
                cmd="undersigned__cli__subcmd__db__subcmd__help__subcmd__encrypt"
                ;;
            undersigned__cli__subcmd__db__subcmd__help,help)
                cmd="undersigned__cli__subcmd__db__subcmd__help__subcmd__help"
                ;;
            undersigned__cli__subcmd__endorsements,add)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__add"
                ;;
            undersigned__cli__subcmd__endorsements,confirm-pending)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__confirm__subcmd__pending"
                ;;
            undersigned__cli__subcmd__endorsements,correct)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__correct"
                ;;
            undersigned__cli__subcmd__endorsements,delete)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__delete"
                ;;
            undersigned__cli__subcmd__endorsements,help)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help"
                ;;
            undersigned__cli__subcmd__endorsements,import)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__import"
                ;;
            undersigned__cli__subcmd__endorsements,list)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__list"
                ;;
            undersigned__cli__subcmd__endorsements,log)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__log"
                ;;
            undersigned__cli__subcmd__endorsements,outdated)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__outdated"
                ;;
            undersigned__cli__subcmd__endorsements,paste)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__paste"
                ;;
            undersigned__cli__subcmd__endorsements,reconfirm)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__reconfirm"
                ;;
            undersigned__cli__subcmd__endorsements,restore)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__restore"
                ;;
            undersigned__cli__subcmd__endorsements,set-status)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__set__subcmd__status"
                ;;
            undersigned__cli__subcmd__endorsements,summary)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__summary"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,add)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__add"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,confirm-pending)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__confirm__subcmd__pending"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,correct)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__correct"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,delete)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__delete"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,help)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__help"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,import)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__import"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,list)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__list"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,log)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__log"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,outdated)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__outdated"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,paste)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__paste"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,reconfirm)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__reconfirm"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,restore)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__restore"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,set-status)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__set__subcmd__status"
                ;;
            undersigned__cli__subcmd__endorsements__subcmd__help,summary)
                cmd="undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__summary"
                ;;
            undersigned__cli__subcmd__exports,help)
                cmd="undersigned__cli__subcmd__exports__subcmd__help"
                ;;
            undersigned__cli__subcmd__exports,list)
                cmd="undersigned__cli__subcmd__exports__subcmd__list"
                ;;
            undersigned__cli__subcmd__exports__subcmd__help,help)
                cmd="undersigned__cli__subcmd__exports__subcmd__help__subcmd__help"
                ;;
            undersigned__cli__subcmd__exports__subcmd__help,list)
                cmd="undersigned__cli__subcmd__exports__subcmd__help__subcmd__list"
                ;;
            undersigned__cli__subcmd__help,backup)
                cmd="undersigned__cli__subcmd__help__subcmd__backup"
                ;;
            undersigned__cli__subcmd__help,contacts)
                cmd="undersigned__cli__subcmd__help__subcmd__contacts"
                ;;
            undersigned__cli__subcmd__help,db)
                cmd="undersigned__cli__subcmd__help__subcmd__db"
                ;;
            undersigned__cli__subcmd__help,endorsements)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements"
                ;;
            undersigned__cli__subcmd__help,export)
                cmd="undersigned__cli__subcmd__help__subcmd__export"
                ;;
            undersigned__cli__subcmd__help,exports)
                cmd="undersigned__cli__subcmd__help__subcmd__exports"
                ;;
            undersigned__cli__subcmd__help,help)
                cmd="undersigned__cli__subcmd__help__subcmd__help"
                ;;
            undersigned__cli__subcmd__help,invitations)
                cmd="undersigned__cli__subcmd__help__subcmd__invitations"
                ;;
            undersigned__cli__subcmd__help,keys)
                cmd="undersigned__cli__subcmd__help__subcmd__keys"
                ;;
            undersigned__cli__subcmd__help,share)
                cmd="undersigned__cli__subcmd__help__subcmd__share"
                ;;
            undersigned__cli__subcmd__help,statements)
                cmd="undersigned__cli__subcmd__help__subcmd__statements"
                ;;
            undersigned__cli__subcmd__help,verify)
                cmd="undersigned__cli__subcmd__help__subcmd__verify"
                ;;
            undersigned__cli__subcmd__help__subcmd__backup,create)
                cmd="undersigned__cli__subcmd__help__subcmd__backup__subcmd__create"
                ;;
            undersigned__cli__subcmd__help__subcmd__backup,list)
                cmd="undersigned__cli__subcmd__help__subcmd__backup__subcmd__list"
                ;;
            undersigned__cli__subcmd__help__subcmd__backup,restore)
                cmd="undersigned__cli__subcmd__help__subcmd__backup__subcmd__restore"
                ;;
            undersigned__cli__subcmd__help__subcmd__contacts,duplicates)
                cmd="undersigned__cli__subcmd__help__subcmd__contacts__subcmd__duplicates"
                ;;
            undersigned__cli__subcmd__help__subcmd__contacts,export)
                cmd="undersigned__cli__subcmd__help__subcmd__contacts__subcmd__export"
                ;;
            undersigned__cli__subcmd__help__subcmd__contacts,import)
                cmd="undersigned__cli__subcmd__help__subcmd__contacts__subcmd__import"
                ;;
            undersigned__cli__subcmd__help__subcmd__contacts,list)
                cmd="undersigned__cli__subcmd__help__subcmd__contacts__subcmd__list"
                ;;
            undersigned__cli__subcmd__help__subcmd__contacts,merge)
                cmd="undersigned__cli__subcmd__help__subcmd__contacts__subcmd__merge"
                ;;
            undersigned__cli__subcmd__help__subcmd__contacts,not-duplicate)
                cmd="undersigned__cli__subcmd__help__subcmd__contacts__subcmd__not__subcmd__duplicate"
                ;;
            undersigned__cli__subcmd__help__subcmd__contacts,search)
                cmd="undersigned__cli__subcmd__help__subcmd__contacts__subcmd__search"
                ;;
            undersigned__cli__subcmd__help__subcmd__contacts,undo-merge)
                cmd="undersigned__cli__subcmd__help__subcmd__contacts__subcmd__undo__subcmd__merge"
                ;;
            undersigned__cli__subcmd__help__subcmd__db,change-passphrase)
                cmd="undersigned__cli__subcmd__help__subcmd__db__subcmd__change__subcmd__passphrase"
                ;;
            undersigned__cli__subcmd__help__subcmd__db,decrypt)
                cmd="undersigned__cli__subcmd__help__subcmd__db__subcmd__decrypt"
                ;;
            undersigned__cli__subcmd__help__subcmd__db,encrypt)
                cmd="undersigned__cli__subcmd__help__subcmd__db__subcmd__encrypt"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,add)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__add"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,confirm-pending)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__confirm__subcmd__pending"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,correct)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__correct"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,delete)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__delete"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,import)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__import"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,list)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__list"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,log)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__log"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,outdated)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__outdated"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,paste)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__paste"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,reconfirm)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__reconfirm"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,restore)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__restore"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,set-status)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__set__subcmd__status"
                ;;
            undersigned__cli__subcmd__help__subcmd__endorsements,summary)
                cmd="undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__summary"
                ;;
            undersigned__cli__subcmd__help__subcmd__exports,list)
                cmd="undersigned__cli__subcmd__help__subcmd__exports__subcmd__list"
                ;;
            undersigned__cli__subcmd__help__subcmd__invitations,create)
                cmd="undersigned__cli__subcmd__help__subcmd__invitations__subcmd__create"
                ;;
            undersigned__cli__subcmd__help__subcmd__invitations,list)
                cmd="undersigned__cli__subcmd__help__subcmd__invitations__subcmd__list"
                ;;
            undersigned__cli__subcmd__help__subcmd__invitations,messages)
                cmd="undersigned__cli__subcmd__help__subcmd__invitations__subcmd__messages"
                ;;
            undersigned__cli__subcmd__help__subcmd__invitations,sender)
                cmd="undersigned__cli__subcmd__help__subcmd__invitations__subcmd__sender"
                ;;
            undersigned__cli__subcmd__help__subcmd__invitations,set-status)
                cmd="undersigned__cli__subcmd__help__subcmd__invitations__subcmd__set__subcmd__status"
                ;;
            undersigned__cli__subcmd__help__subcmd__keys,generate)
                cmd="undersigned__cli__subcmd__help__subcmd__keys__subcmd__generate"
                ;;
            undersigned__cli__subcmd__help__subcmd__share,conflicts)
                cmd="undersigned__cli__subcmd__help__subcmd__share__subcmd__conflicts"
                ;;
            undersigned__cli__subcmd__help__subcmd__share,create)
                cmd="undersigned__cli__subcmd__help__subcmd__share__subcmd__create"
                ;;
            undersigned__cli__subcmd__help__subcmd__share,join)
                cmd="undersigned__cli__subcmd__help__subcmd__share__subcmd__join"
                ;;
            undersigned__cli__subcmd__help__subcmd__share,leave)
                cmd="undersigned__cli__subcmd__help__subcmd__share__subcmd__leave"
                ;;
            undersigned__cli__subcmd__help__subcmd__share,resolve)
                cmd="undersigned__cli__subcmd__help__subcmd__share__subcmd__resolve"
                ;;
            undersigned__cli__subcmd__help__subcmd__share,status)
                cmd="undersigned__cli__subcmd__help__subcmd__share__subcmd__status"
                ;;
            undersigned__cli__subcmd__help__subcmd__share,sync)
                cmd="undersigned__cli__subcmd__help__subcmd__share__subcmd__sync"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,create)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__create"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,delete)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__delete"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,details)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__details"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,diff)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__diff"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,duplicate)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__duplicate"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,edit)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__edit"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,import-docx)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__import__subcmd__docx"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,import-md)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__import__subcmd__md"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,list)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__list"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,purge)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__purge"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,rename)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__rename"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,restore)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__restore"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,revisions)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__revisions"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,set-status)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__set__subcmd__status"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,show)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__show"
                ;;
            undersigned__cli__subcmd__help__subcmd__statements,translate)
                cmd="undersigned__cli__subcmd__help__subcmd__statements__subcmd__translate"
                ;;
            undersigned__cli__subcmd__invitations,create)
                cmd="undersigned__cli__subcmd__invitations__subcmd__create"
                ;;
            undersigned__cli__subcmd__invitations,help)
                cmd="undersigned__cli__subcmd__invitations__subcmd__help"
                ;;
            undersigned__cli__subcmd__invitations,list)
                cmd="undersigned__cli__subcmd__invitations__subcmd__list"
                ;;
            undersigned__cli__subcmd__invitations,messages)
                cmd="undersigned__cli__subcmd__invitations__subcmd__messages"
                ;;
            undersigned__cli__subcmd__invitations,sender)
                cmd="undersigned__cli__subcmd__invitations__subcmd__sender"
                ;;
            undersigned__cli__subcmd__invitations,set-status)
                cmd="undersigned__cli__subcmd__invitations__subcmd__set__subcmd__status"
                ;;
            undersigned__cli__subcmd__invitations__subcmd__help,create)
                cmd="undersigned__cli__subcmd__invitations__subcmd__help__subcmd__create"
                ;;
            undersigned__cli__subcmd__invitations__subcmd__help,help)
                cmd="undersigned__cli__subcmd__invitations__subcmd__help__subcmd__help"
                ;;
            undersigned__cli__subcmd__invitations__subcmd__help,list)
                cmd="undersigned__cli__subcmd__invitations__subcmd__help__subcmd__list"
                ;;
            undersigned__cli__subcmd__invitations__subcmd__help,messages)
                cmd="undersigned__cli__subcmd__invitations__subcmd__help__subcmd__messages"
                ;;
            undersigned__cli__subcmd__invitations__subcmd__help,sender)
                cmd="undersigned__cli__subcmd__invitations__subcmd__help__subcmd__sender"
                ;;
            undersigned__cli__subcmd__invitations__subcmd__help,set-status)
                cmd="undersigned__cli__subcmd__invitations__subcmd__help__subcmd__set__subcmd__status"
                ;;
            undersigned__cli__subcmd__keys,generate)
                cmd="undersigned__cli__subcmd__keys__subcmd__generate"
                ;;
            undersigned__cli__subcmd__keys,help)
                cmd="undersigned__cli__subcmd__keys__subcmd__help"
                ;;
            undersigned__cli__subcmd__keys__subcmd__help,generate)
                cmd="undersigned__cli__subcmd__keys__subcmd__help__subcmd__generate"
                ;;
            undersigned__cli__subcmd__keys__subcmd__help,help)
                cmd="undersigned__cli__subcmd__keys__subcmd__help__subcmd__help"
                ;;
            undersigned__cli__subcmd__share,conflicts)
                cmd="undersigned__cli__subcmd__share__subcmd__conflicts"
                ;;
            undersigned__cli__subcmd__share,create)
                cmd="undersigned__cli__subcmd__share__subcmd__create"
                ;;
            undersigned__cli__subcmd__share,help)
                cmd="undersigned__cli__subcmd__share__subcmd__help"
                ;;
            undersigned__cli__subcmd__share,join)
                cmd="undersigned__cli__subcmd__share__subcmd__join"
                ;;
            undersigned__cli__subcmd__share,leave)
                cmd="undersigned__cli__subcmd__share__subcmd__leave"
                ;;
            undersigned__cli__subcmd__share,resolve)
                cmd="undersigned__cli__subcmd__share__subcmd__resolve"
                ;;
            undersigned__cli__subcmd__share,status)
                cmd="undersigned__cli__subcmd__share__subcmd__status"
                ;;
            undersigned__cli__subcmd__share,sync)
                cmd="undersigned__cli__subcmd__share__subcmd__sync"
                ;;
            undersigned__cli__subcmd__share__subcmd__help,conflicts)
                cmd="undersigned__cli__subcmd__share__subcmd__help__subcmd__conflicts"
                ;;
            undersigned__cli__subcmd__share__subcmd__help,create)
                cmd="undersigned__cli__subcmd__share__subcmd__help__subcmd__create"
                ;;
            undersigned__cli__subcmd__share__subcmd__help,help)
                cmd="undersigned__cli__subcmd__share__subcmd__help__subcmd__help"
                ;;
            undersigned__cli__subcmd__share__subcmd__help,join)
                cmd="undersigned__cli__subcmd__share__subcmd__help__subcmd__join"
                ;;
            undersigned__cli__subcmd__share__subcmd__help,leave)
                cmd="undersigned__cli__subcmd__share__subcmd__help__subcmd__leave"
                ;;
            undersigned__cli__subcmd__share__subcmd__help,resolve)
                cmd="undersigned__cli__subcmd__share__subcmd__help__subcmd__resolve"
                ;;
            undersigned__cli__subcmd__share__subcmd__help,status)
                cmd="undersigned__cli__subcmd__share__subcmd__help__subcmd__status"
                ;;
            undersigned__cli__subcmd__share__subcmd__help,sync)
                cmd="undersigned__cli__subcmd__share__subcmd__help__subcmd__sync"
                ;;
            undersigned__cli__subcmd__statements,create)
                cmd="undersigned__cli__subcmd__statements__subcmd__create"
                ;;
            undersigned__cli__subcmd__statements,delete)
                cmd="undersigned__cli__subcmd__statements__subcmd__delete"
                ;;
            undersigned__cli__subcmd__statements,details)
                cmd="undersigned__cli__subcmd__statements__subcmd__details"
                ;;
            undersigned__cli__subcmd__statements,diff)
                cmd="undersigned__cli__subcmd__statements__subcmd__diff"
                ;;
            undersigned__cli__subcmd__statements,duplicate)
                cmd="undersigned__cli__subcmd__statements__subcmd__duplicate"
                ;;
            undersigned__cli__subcmd__statements,edit)
                cmd="undersigned__cli__subcmd__statements__subcmd__edit"
                ;;
            undersigned__cli__subcmd__statements,help)
                cmd="undersigned__cli__subcmd__statements__subcmd__help"
                ;;
            undersigned__cli__subcmd__statements,import-docx)
                cmd="undersigned__cli__subcmd__statements__subcmd__import__subcmd__docx"
                ;;
            undersigned__cli__subcmd__statements,import-md)
                cmd="undersigned__cli__subcmd__statements__subcmd__import__subcmd__md"
                ;;
            undersigned__cli__subcmd__statements,list)
                cmd="undersigned__cli__subcmd__statements__subcmd__list"
                ;;
            undersigned__cli__subcmd__statements,purge)
                cmd="undersigned__cli__subcmd__statements__subcmd__purge"
                ;;
            undersigned__cli__subcmd__statements,rename)
                cmd="undersigned__cli__subcmd__statements__subcmd__rename"
                ;;
            undersigned__cli__subcmd__statements,restore)
                cmd="undersigned__cli__subcmd__statements__subcmd__restore"
                ;;
            undersigned__cli__subcmd__statements,revisions)
                cmd="undersigned__cli__subcmd__statements__subcmd__revisions"
                ;;
            undersigned__cli__subcmd__statements,set-status)
                cmd="undersigned__cli__subcmd__statements__subcmd__set__subcmd__status"
                ;;
            undersigned__cli__subcmd__statements,show)
                cmd="undersigned__cli__subcmd__statements__subcmd__show"
                ;;
            undersigned__cli__subcmd__statements,translate)
                cmd="undersigned__cli__subcmd__statements__subcmd__translate"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,create)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__create"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,delete)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__delete"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,details)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__details"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,diff)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__diff"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,duplicate)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__duplicate"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,edit)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__edit"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,help)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__help"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,import-docx)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__import__subcmd__docx"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,import-md)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__import__subcmd__md"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,list)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__list"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,purge)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__purge"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,rename)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__rename"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,restore)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__restore"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,revisions)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__revisions"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,set-status)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__set__subcmd__status"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,show)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__show"
                ;;
            undersigned__cli__subcmd__statements__subcmd__help,translate)
                cmd="undersigned__cli__subcmd__statements__subcmd__help__subcmd__translate"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        undersigned__cli)
            opts="-h -V --db --json --help --version statements backup contacts endorsements invitations export exports keys verify db share help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__backup)
            opts="-h --db --json --help create list restore help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__backup__subcmd__create)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__backup__subcmd__help)
            opts="create list restore help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__backup__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__backup__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__backup__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__backup__subcmd__help__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__backup__subcmd__list)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__backup__subcmd__restore)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts)
            opts="-h --db --json --help import search list export duplicates merge undo-merge not-duplicate help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__duplicates)
            opts="-h --limit --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__export)
            opts="-h --format --out --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "csv vcf" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__help)
            opts="import search list export duplicates merge undo-merge not-duplicate help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__help__subcmd__duplicates)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__help__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__help__subcmd__merge)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__help__subcmd__not__subcmd__duplicate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__help__subcmd__search)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__help__subcmd__undo__subcmd__merge)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__import)
            opts="-h --dry-run --map --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --map)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__list)
            opts="-h --tag --country --sector --trash --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --country)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sector)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__merge)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__not__subcmd__duplicate)
            opts="-h --undo --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__search)
            opts="-h --limit --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__contacts__subcmd__undo__subcmd__merge)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__db)
            opts="-h --db --json --help encrypt decrypt change-passphrase help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__db__subcmd__change__subcmd__passphrase)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__db__subcmd__decrypt)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__db__subcmd__encrypt)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__db__subcmd__help)
            opts="encrypt decrypt change-passphrase help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__db__subcmd__help__subcmd__change__subcmd__passphrase)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__db__subcmd__help__subcmd__decrypt)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__db__subcmd__help__subcmd__encrypt)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__db__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements)
            opts="-h --db --json --help add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__add)
            opts="-h --org --person --contact --country --city --affiliation --status --visibility --channel --received --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --person)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --contact)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --country)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --city)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --affiliation)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --visibility)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --channel)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --received)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__confirm__subcmd__pending)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__correct)
            opts="-h --name --affiliation --city --country --visibility --contact-too --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --affiliation)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --city)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --country)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --visibility)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__delete)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help)
            opts="add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__confirm__subcmd__pending)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__correct)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__log)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__outdated)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__paste)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__reconfirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__set__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__help__subcmd__summary)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__import)
            opts="-h --dry-run --confirm --map --visibility --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --map)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --visibility)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__list)
            opts="-h --status --search --trash --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --search)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__log)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__outdated)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__paste)
            opts="-h --dry-run --confirm --individuals --visibility --include --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --visibility)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --include)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__reconfirm)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__restore)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__set__subcmd__status)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__endorsements__subcmd__summary)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__export)
            opts="-h --format --out --all-languages --group-by --paper --pdfa --sign --key --signer --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --format)
                    COMPREPLY=($(compgen -W "pdf docx html html-fragment md txt csv" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-by)
                    COMPREPLY=($(compgen -W "country sector kind none" -- "${cur}"))
                    return 0
                    ;;
                --paper)
                    COMPREPLY=($(compgen -W "a4 letter" -- "${cur}"))
                    return 0
                    ;;
                --key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --signer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__exports)
            opts="-h --db --json --help list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__exports__subcmd__help)
            opts="list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__exports__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__exports__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__exports__subcmd__list)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help)
            opts="statements backup contacts endorsements invitations export exports keys verify db share help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__backup)
            opts="create list restore"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__backup__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__backup__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__backup__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__contacts)
            opts="import search list export duplicates merge undo-merge not-duplicate"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__contacts__subcmd__duplicates)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__contacts__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__contacts__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__contacts__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__contacts__subcmd__merge)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__contacts__subcmd__not__subcmd__duplicate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__contacts__subcmd__search)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__contacts__subcmd__undo__subcmd__merge)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__db)
            opts="encrypt decrypt change-passphrase"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__db__subcmd__change__subcmd__passphrase)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__db__subcmd__decrypt)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__db__subcmd__encrypt)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements)
            opts="add import paste list set-status correct confirm-pending log summary outdated reconfirm delete restore"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__confirm__subcmd__pending)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__correct)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__import)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__log)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__outdated)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__paste)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__reconfirm)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__set__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__endorsements__subcmd__summary)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__exports)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__exports__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__invitations)
            opts="create list set-status messages sender"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__invitations__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__invitations__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__invitations__subcmd__messages)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__invitations__subcmd__sender)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__invitations__subcmd__set__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__keys)
            opts="generate"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__keys__subcmd__generate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__share)
            opts="create join sync status conflicts resolve leave"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__share__subcmd__conflicts)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__share__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__share__subcmd__join)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__share__subcmd__leave)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__share__subcmd__resolve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__share__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__share__subcmd__sync)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements)
            opts="list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__details)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__diff)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__duplicate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__import__subcmd__docx)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__import__subcmd__md)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__purge)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__revisions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__set__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__statements__subcmd__translate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__help__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations)
            opts="-h --db --json --help create list set-status messages sender help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__create)
            opts="-h --tag --country --sector --signed --contact --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --country)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sector)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --signed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --contact)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__help)
            opts="create list set-status messages sender help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__help__subcmd__messages)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__help__subcmd__sender)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__help__subcmd__set__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__list)
            opts="-h --status --needs-reminder --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --needs-reminder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__messages)
            opts="-h --out-dir --reminders-after --from --language --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --out-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reminders-after)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__sender)
            opts="-h --name --organization --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --organization)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__invitations__subcmd__set__subcmd__status)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__keys)
            opts="-h --db --json --help generate help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__keys__subcmd__generate)
            opts="-h --out --label --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --label)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__keys__subcmd__help)
            opts="generate help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__keys__subcmd__help__subcmd__generate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__keys__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share)
            opts="-h --db --json --help create join sync status conflicts resolve leave help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__conflicts)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__create)
            opts="-h --folder --invitation-out --name --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --invitation-out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__help)
            opts="create join sync status conflicts resolve leave help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__help__subcmd__conflicts)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__help__subcmd__join)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__help__subcmd__leave)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__help__subcmd__resolve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__help__subcmd__sync)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__join)
            opts="-h --folder --invitation --name --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --invitation)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__leave)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__resolve)
            opts="-h --keep --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --keep)
                    COMPREPLY=($(compgen -W "kept other" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__status)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__share__subcmd__sync)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements)
            opts="-h --db --json --help list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__create)
            opts="-h --title --subtitle --language --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --title)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subtitle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__delete)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__details)
            opts="-h --subtitle --occasion --issued-by --date --place --language --deadline --goal --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --subtitle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --occasion)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issued-by)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --date)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --place)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --deadline)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --goal)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__diff)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__duplicate)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__edit)
            opts="-h --body-file --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --body-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help)
            opts="list create show import-md import-docx edit revisions diff set-status translate duplicate rename details delete restore purge help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__details)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__diff)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__duplicate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__import__subcmd__docx)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__import__subcmd__md)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__purge)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__revisions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__set__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__help__subcmd__translate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__import__subcmd__docx)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__import__subcmd__md)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__list)
            opts="-h --trash --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__purge)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__rename)
            opts="-h --title --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --title)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__restore)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__revisions)
            opts="-h --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__set__subcmd__status)
            opts="-h --yes --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__show)
            opts="-h --revision --format --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --revision)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "md json" -- "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__statements__subcmd__translate)
            opts="-h --language --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --language)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        undersigned__cli__subcmd__verify)
            opts="-h --pubkey --sig --db --json --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --pubkey)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sig)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --db)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _undersigned__cli -o nosort -o bashdefault -o default undersigned-cli
else
    complete -F _undersigned__cli -o bashdefault -o default undersigned-cli
fi
