# Taarifa binafsi: kinachofichwa kwa nani, ukurasa wa faragha wa fomu, kumbukumbu ya ukaguzi.
personal-filter-refused = Kichujio cha jibu kamili hakikutumika: swali hilo lina taarifa binafsi, ambazo unaziona kama majina bandia tu.
personal-value-removed = (imeondolewa: taarifa binafsi)
personal-protected = taarifa binafsi, kwa jina bandia
personal-xml-hidden = Hati iliyotumwa haionyeshwi: ina taarifa binafsi, ambazo unaziona kama majina bandia tu au huzioni kabisa.
nav-audit = Kumbukumbu ya ukaguzi
privacy-link = Taarifa binafsi
privacy-title = Taarifa binafsi
privacy-intro = Amua majibu yapi ni taarifa binafsi, kama wahojiwa lazima watoe ridhaa, na muda gani majibu binafsi na faili huhifadhiwa. Ni timu ya shirika hili tu inayoona majibu binafsi; wajenzi wa uwezo na wasimamizi wa programu wanaona majina bandia (msimbo uleule kwa jibu lilelile) na hawaoni maeneo wala sauti zilizorekodiwa. Kila mara taarifa binafsi zinapoangaliwa au kupakuliwa huandikwa kwenye kumbukumbu ya ukaguzi.
privacy-saved = Imehifadhiwa.
privacy-dry-run-title = Kagua kabla ya kufuta
privacy-dry-run-text = Kuhifadhi taarifa binafsi kwa siku { $days } kunamaanisha kila kilichopokelewa kabla ya { $before } kinafutwa sasa. Hiki ndicho kingeondoka:
privacy-dry-run-submissions = { $count ->
    [one] majibu binafsi na faili za wasilisho moja
   *[other] majibu binafsi na faili za mawasilisho { $count }
}
privacy-dry-run-values = { $count ->
    [one] jibu binafsi moja
   *[other] majibu binafsi { $count }
}
privacy-dry-run-files = Faili: { $count } ({ $megabytes } MB)
privacy-dry-run-oldest = la zamani zaidi lilipokelewa { $when }
privacy-dry-run-final = Ufutaji hauwezi kurudishwa. Majibu mengine yanabaki.
privacy-dry-run-confirm = Weka muda huu na ufute sasa
privacy-dry-run-cancel = Ghairi
privacy-fields-title = Sehemu binafsi
privacy-fields-explained = Majina, namba za simu, anwani za barua pepe, namba za utambulisho, maeneo na sauti zilizorekodiwa ni binafsi kwa chaguo-msingi. Safu ya pii ya XLSForm (yes au no) inaamua kwanza; chaguo lako hapa linaamua juu ya zote mbili.
privacy-col-default = Bila uamuzi
privacy-col-treat = Chukulia kama
privacy-reason-none = Si binafsi
privacy-reason-pii = Binafsi: safu ya pii ya XLSForm inasema hivyo
privacy-reason-location = Binafsi: eneo au sauti iliyorekodiwa
privacy-reason-name = Binafsi: jina lake linaonyesha lina jina, mawasiliano au namba ya utambulisho
privacy-reason-type = Binafsi: namba ya simu au utambulisho wa kifaa
privacy-treat-label = Chukulia { $question } kama
privacy-treat-default = Kama bila uamuzi
privacy-treat-personal = Binafsi
privacy-treat-not = Si binafsi
privacy-is-personal = binafsi
privacy-fields-save = Hifadhi sehemu binafsi
privacy-consent-title = Ridhaa na muda wa kuhifadhi
privacy-consent-label = Swali la ridhaa
privacy-consent-hint = Mawasilisho yasiyo na jibu hili hayahifadhi majibu binafsi wala faili za maswali binafsi.
privacy-consent-none = Hakuna swali la ridhaa
privacy-consent-unknown = Chagua jibu la mojawapo ya maswali ya fomu hii.
privacy-retention-label = Hifadhi majibu binafsi na faili kwa (siku)
privacy-retention-hint = Acha wazi ili kuyahifadhi. Baada ya siku hizo yanafutwa kila saa; majibu mengine yanabaki.
privacy-retention-invalid = Andika idadi kamili ya siku kati ya 1 na 3653 (miaka kumi), au acha wazi.
privacy-settings-save = Hifadhi ridhaa na muda wa kuhifadhi
privacy-retention-next = Mawasilisho yanayosubiri ufutaji wa saa ijayo: { $count }.
privacy-audit-link = Kumbukumbu ya ukaguzi ya fomu hii
audit-title = Kumbukumbu ya ukaguzi wa taarifa binafsi
audit-intro = Kila uangaliaji na upakuaji wa taarifa binafsi, kila ufutaji na kila mabadiliko ya kilicho binafsi, vipya kwanza.
audit-count = { $count ->
    [one] Ingizo moja
   *[other] Maingizo { $count }
}
audit-all-forms = Fomu zote
audit-none = Bado hakuna kilichoandikwa.
audit-col-when = Lini
audit-col-who = Nani
audit-col-form = Fomu
audit-col-action = Nini
audit-col-detail = Maelezo
audit-action-view = Aliangalia
audit-action-export = Alipakua
audit-action-purge = Alifuta
audit-action-settings = Alibadilisha mipangilio
audit-by-the-platform = Jukwaa (muda wa kuhifadhi au mstari wa amri)
