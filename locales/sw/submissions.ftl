# Kukagua mawasilisho: jedwali, wasilisho moja, hali za ukaguzi, historia na webhook.

submissions-title = Mawasilisho: { $form }
submissions-back-to-form = Rudi kwenye fomu
submissions-back-to-table = Rudi kwenye mawasilisho ya { $form }
submissions-webhooks-link = Webhook
submissions-none = Hakuna wasilisho linalolingana.
submissions-total = { $count ->
    [0] Hakuna wasilisho
    [one] Wasilisho moja
   *[other] Mawasilisho { $count }
}
submissions-pages = Kurasa
submissions-previous = Ukurasa uliotangulia
submissions-next = Ukurasa unaofuata
submissions-page-of = Ukurasa { $page } kati ya { $pages }

submissions-filter-title = Chuja
submissions-filter-from = Yaliyopokelewa kuanzia
submissions-filter-to = Yaliyopokelewa hadi
submissions-filter-state = Hali ya ukaguzi
submissions-filter-any = Yoyote
submissions-filter-collector = Kifaa au kiungo
submissions-filter-pilot = Majaribio au rasmi
submissions-filter-pilot-all = Yote mawili
submissions-filter-pilot-live = Rasmi tu
submissions-filter-pilot-pilot = Majaribio tu
submissions-filter-deleted = Onyesha pia mawasilisho yaliyofutwa
submissions-filter-field = Swali
submissions-filter-field-none = Swali lolote
submissions-filter-value = Lenye jibu hili hasa
submissions-filter-apply = Onyesha
submissions-filter-clear = Ondoa kichujio
submissions-filter-bad-date = Tarehe moja haikuweza kusomwa, kwa hiyo haikutumika kwenye kichujio. Andika tarehe kama YYYY-MM-DD (mwaka-mwezi-siku).
submissions-filter-unknown-field = Fomu haina sehemu yenye jina hilo, kwa hiyo kichujio cha jibu kamili hakikutumika. Chagua sehemu kutoka kwenye orodha.
submissions-filter-bad-value = Thamani hiyo hailingani na aina ya sehemu (namba kamili, namba au tarehe iliyoandikwa YYYY-MM-DD), kwa hiyo kichujio cha jibu kamili hakikutumika.
submissions-field-in-repeat = { $label } (marudio yoyote)

submissions-col-received = Lilipopokelewa
submissions-col-collector = Limetumwa na
submissions-col-state = Ukaguzi
submissions-col-problems = Matatizo
submissions-deleted = Limefutwa
submissions-pilot = Majaribio
submissions-edited = Limehaririwa

submissions-state-received = Halijakaguliwa
submissions-state-approved = Limeidhinishwa
submissions-state-has-issues = Lina dosari
submissions-state-rejected = Limekataliwa

submissions-detail-title = Wasilisho
submissions-deleted-notice = Wasilisho hili limefutwa: haliko kwenye jedwali wala kwenye data zinazopakuliwa hadi litakaporejeshwa.
submissions-older-version = Hili ni toleo la awali la wasilisho lililohaririwa. Ukaguzi unafanywa kwenye toleo jipya zaidi.
submissions-form-version = Toleo la fomu
submissions-instance-id = Kitambulisho cha wasilisho (instanceID)
submissions-edit = Hariri
submissions-values-title = Majibu
submissions-values-none = Hakuna swali lililojibiwa.
submissions-question = Swali
submissions-answer = Jibu
submissions-has-problem = Angalia jibu hili
submissions-problems-title = { $count ->
    [one] Tatizo moja
   *[other] Matatizo { $count }
}
submissions-problems-explained = Wasilisho limehifadhiwa kama lilivyotumwa. Majibu haya yanakiuka kanuni za fomu; yaangalie pamoja na mtu aliyekusanya data.
submissions-problem-wrong-type = Jibu si thamani sahihi ya aina { $type }.
submissions-problem-not-a-choice = “{ $value }” si mojawapo ya machaguo ya swali.
submissions-problem-required = Jibu la lazima halipo.
submissions-problem-required-message = Jibu la lazima halipo: { $message }
submissions-problem-constraint = Jibu linakiuka kanuni ya swali.
submissions-problem-constraint-message = Jibu linakiuka kanuni ya swali: { $message }
submissions-problem-unexpected = Fomu haina swali kama hilo.
submissions-problem-expression = Hesabu moja ya fomu haikuweza kufanyika: { $detail }
submissions-problem-other = Tatizo la aina “{ $kind }”.

submissions-files-title = Faili
submissions-file-missing = Bado halijapokelewa

submissions-history-title = Historia
submissions-history-none = Hakuna kilichotokea kwenye wasilisho hili tangu lilipopokelewa.
submissions-someone = Mtu fulani
submissions-event-reviewed = { $name } aliweka ukaguzi kuwa “{ $state }”.
submissions-event-commented = { $name } aliandika maoni.
submissions-event-deleted = { $name } alifuta wasilisho.
submissions-event-restored = { $name } alirejesha wasilisho.
submissions-event-edited = Toleo jipya lilipokelewa, likichukua nafasi ya { $instance }.

submissions-review-title = Ukaguzi
submissions-review-state = Hali ya ukaguzi
submissions-review-comment = Maoni
submissions-review-comment-hint = Si lazima. Eleza kinachohitaji kuangaliwa au kurekebishwa.
submissions-review-save = Hifadhi ukaguzi
submissions-review-pick-state = Chagua hali ya ukaguzi.
submissions-comment-title = Ongeza maoni
submissions-comment-label = Maoni
submissions-comment-save = Ongeza maoni
submissions-comment-empty = Andika maoni kwanza.
submissions-comment-too-long = Maoni ni marefu mno (yasizidi herufi 2000).

submissions-versions-title = Matoleo
submissions-version-shown = linaloonyeshwa hapa
submissions-version-current = jipya zaidi

submissions-delete-title = Futa
submissions-delete-explained = Wasilisho lililofutwa linaondolewa kwenye jedwali na kwenye data zinazopakuliwa. Linaweza kurejeshwa.
submissions-delete = Futa wasilisho hili
submissions-restore = Rejesha wasilisho hili
submissions-xml = Wasilisho kama lilivyopokelewa (XML)

webhooks-title = Webhook
webhooks-intro = Webhook hutuma kila wasilisho jipya au lililohaririwa la fomu hii, kwa muundo wa JSON, kwenye anwani ya mfumo wako mwenyewe mara tu linapofika.
webhooks-added = Webhook imeongezwa
webhooks-secret-explained = Kila ombi lina kichwa X-DataShift-Signature: sha256= kikifuatiwa na HMAC-SHA256 ya kiini cha ombi kwa kutumia ufunguo huu wa siri, katika heksadesimali. Kihakiki ili uwe na uhakika kwamba data zinatoka DataShift.
webhooks-secret-shown-once = Nakili ufunguo wa siri sasa: hautaonyeshwa tena.
webhooks-list-title = Anwani
webhooks-none = Bado hakuna webhook.
webhooks-delivered-count = { $count ->
    [one] moja limefikishwa
   *[other] { $count } yamefikishwa
}
webhooks-pending-count = { $count ->
    [one] moja linasubiri
   *[other] { $count } yanasubiri
}
webhooks-failed-count = { $count ->
    [one] moja limeshindikana
   *[other] { $count } yameshindikana
}
webhooks-last-error = Kosa la mwisho: { $error }
webhooks-retry = Jaribu tena sasa
webhooks-remove = Ondoa
webhooks-deliveries-title = Utumaji wa hivi karibuni
webhooks-col-created = Liliwekwa foleni
webhooks-col-event = Tukio
webhooks-col-url = Anwani
webhooks-col-attempts = Mara za kujaribu
webhooks-col-state = Hali
webhooks-delivered = Limefikishwa
webhooks-gave-up = Limeshindikana
webhooks-retrying = Limeshindwa; jaribio linalofuata: { $time }
webhooks-waiting = Linasubiri
webhooks-add-title = Ongeza webhook
webhooks-url = Anwani (URL)
webhooks-url-hint = Anwani ya https:// ya mfumo wako inayopokea maombi ya POST.
webhooks-url-invalid = Andika anwani kamili inayoanza na https:// au http://.
webhooks-url-private = Webhook hutumwa kwa anwani za umma za intaneti tu: anwani hii iko kwenye mtandao binafsi au ni seva hii yenyewe.
webhooks-add = Ongeza webhook
