# Kazi za kuwasilisha zinazopitiwa (mpango wa kampeni, lengo la SMART, utafiti, ripoti ya
# majaribio) na daftari la changamoto.

deliverables-kind-campaign-plan = Mpango wa kampeni
deliverables-kind-smart-objective = Lengo la SMART
deliverables-kind-survey = Utafiti
deliverables-kind-pilot-report = Ripoti ya majaribio
deliverables-kind-challenges-log = Daftari la changamoto

deliverables-state-draft = Rasimu
deliverables-state-submitted = Imewasilishwa
deliverables-state-changes-requested = Mabadiliko yameombwa
deliverables-state-accepted = Imekubaliwa

## Orodha

deliverables-list-title = Kazi za kuwasilisha
deliverables-list-intro = Kile timu yako inachotayarisha katika wiki mbili; mkufunzi wenu anapitia kila kazi. Kazi iliyochelewa bado inakaribishwa: inawekwa alama ya kuchelewa, haikataliwi kamwe.
deliverables-back-to-engagement = Rudi kwenye wiki mbili za { $organisation }
deliverables-back-to-list = Kazi za kuwasilisha za { $organisation }
deliverables-list-due = Mwisho: { $due }
deliverables-list-submitted = Iliwasilishwa mwisho: { $date }
deliverables-late = Imechelewa
deliverables-overdue = Muda umepita
deliverables-round = Awamu ya { $round }
deliverables-round-drafting = Kabla ya kuwasilisha mara ya kwanza
deliverables-challenges-summary = Zilizo wazi: { $open } · Zilizotatuliwa: { $resolved }

## Kazi moja

deliverables-status-due = Mwisho ni tarehe { $due }.
deliverables-status-overdue = Ilitakiwa kuwasilishwa tarehe { $due } na bado haijawasilishwa. Iwasilishe ikiwa tayari: itawekwa alama ya kuchelewa, haitakataliwa.
deliverables-status-submitted = Iliwasilishwa tarehe { $date } (awamu ya { $round }); inasubiri kupitiwa na { $builder }.
deliverables-status-changes-requested = Mabadiliko yaliombwa katika awamu ya { $round }: soma maoni katika historia hapa chini, ibadilishe, kisha iwasilishe tena.
deliverables-status-accepted = Ilikubaliwa tarehe { $date } na { $name }. Ni ya mwisho.
deliverables-late-explained = Iliwasilishwa mara ya kwanza baada ya siku yake ya mwisho ({ $due }).
deliverables-notice-saved = Rasimu imehifadhiwa.
deliverables-notice-submitted = Imewasilishwa ili ipitiwe. Mkufunzi wenu amearifiwa kwa barua pepe.
deliverables-notice-changes-requested = Mabadiliko yameombwa. Timu imearifiwa kwa barua pepe.
deliverables-notice-accepted = Imekubaliwa. Timu imearifiwa kwa barua pepe.
deliverables-notice-commented = Maoni yameongezwa.
deliverables-refused-accepted = Hii ilikubaliwa tarehe { $date } na { $name }, kwa hiyo haiwezi kubadilishwa tena. Andika maoni hapa chini kama kuna jambo la kusema.
deliverables-refused-in-review = Hii inasubiri kupitiwa, kwa hiyo haiwezi kubadilishwa sasa. Mabadiliko yakiombwa, utaweza kuibadilisha na kuiwasilisha tena.
deliverables-refused-not-submitted = Hakuna cha kupitia: haisubiri kupitiwa (huenda imeshapitiwa).
deliverables-someone = Mtu fulani
deliverables-survey-objective = Lengo la SMART ambalo utafiti huu unalitumikia

deliverables-edit-title = Iandike
deliverables-edit-explained = Hifadhi rasimu mara nyingi upendavyo. Iwasilishe sehemu zote zikiwa tayari; kisha mkufunzi wenu ataipitia.
deliverables-required = lazima
deliverables-plan-goal = Lengo la kampeni yako, kutoka kwenye mpango wa kampeni: “{ $goal }”
deliverables-no-forms = Shirika lako bado halina fomu.
deliverables-go-to-forms = Pakia moja kwenye Fomu.
deliverables-choose-form = Chagua fomu
deliverables-save = Hifadhi rasimu
deliverables-submit = Wasilisha ipitiwe
deliverables-content-title = Kilichoandikwa

deliverables-review-title = Mapitio
deliverables-review-explained = Ikubali ikiwa nzuri ya kutosha kujenga juu yake, au omba mabadiliko na useme nini kibadilishwe. Kazi iliyokubaliwa ni ya mwisho.
deliverables-review-comment = Maoni yako
deliverables-review-comment-hint = Ni lazima ili kuomba mabadiliko; si lazima unapokubali.
deliverables-request-changes = Omba mabadiliko
deliverables-accept = Kubali
deliverables-review-comment-required = Sema nini kibadilishwe, ili timu ijue la kufanya.
deliverables-comment-empty = Andika maoni kwanza.
deliverables-comment-too-long = Ni ndefu mno: ifupishe hadi herufi 4000 au chache zaidi.

deliverables-history-title = Historia
deliverables-history-none = Bado hakuna kilichotokea.
deliverables-snapshot = Kilichowasilishwa
deliverables-event-saved = Rasimu imehifadhiwa na { $name }
deliverables-event-submitted = Imewasilishwa na { $name }
deliverables-event-resubmitted = Imewasilishwa tena na { $name }
deliverables-event-changes-requested = Mabadiliko yameombwa na { $name }
deliverables-event-accepted = Imekubaliwa na { $name }
deliverables-event-comment = Maoni ya { $name }
deliverables-comment-title = Maoni
deliverables-comment-label = Maoni yako
deliverables-comment-save = Ongeza maoni

## Matatizo kando ya sehemu

deliverables-error-required = Jaza sehemu hii kabla ya kuwasilisha.
deliverables-error-too-long = Ni ndefu mno: ifupishe.
deliverables-error-date = Andika tarehe kama mwaka-mwezi-siku, kwa mfano 2030-03-31.
deliverables-error-number = Andika namba kwa tarakimu tu, na nukta kwa desimali: kwa mfano 1200 au 12.5.
deliverables-error-ends-before-start = Kampeni lazima iishe baada ya mafunzo kuanza ({ $start }).
deliverables-error-form-unknown = Chagua mojawapo ya fomu za shirika lako.
deliverables-error-objective-first = Wasilisha lengo lako la SMART kwanza: utafiti unalipima.
deliverables-error-pilot-no-form = Unganisha fomu katika utafiti wako kwanza: mawasilisho ya majaribio huhesabiwa kutoka kwayo.
deliverables-error-pilot-none = Bado hakuna wasilisho la majaribio kutoka kwenye fomu ya utafiti. Jaribu fomu na watu wachache ikiwa bado iko katika hali ya majaribio, kisha uandike ripoti.

## Sehemu za kila kazi

deliverables-part-problem = Tatizo
deliverables-part-problem-hint = Nini kibaya, kwa nani na wapi? Lieleze kama watu walioathirika wangelieleza.
deliverables-part-goal = Lengo la kampeni
deliverables-part-goal-hint = Mabadiliko ambayo kampeni yako inataka mwishowe: nini kitakuwa tofauti mtakaposhinda?
deliverables-part-decision-makers = Watoa maamuzi
deliverables-part-decision-makers-hint = Nani ana mamlaka ya kuleta mabadiliko? Taja ofisi au mtu.
deliverables-part-allies = Washirika
deliverables-part-allies-hint = Walio upande wenu, au wanaoweza kuwa: vikundi vingine, maafisa, vyombo vya habari, viongozi wa jamii.
deliverables-part-audiences = Hadhira
deliverables-part-audiences-hint = Ujumbe wenu lazima uwafikie nani ili kuwashawishi watoa maamuzi?
deliverables-part-tactics = Mbinu
deliverables-part-tactics-hint = Mtakachofanya: mikutano, maombi ya pamoja, vyombo vya habari, matukio ya jamii…
deliverables-part-timeline = Ratiba
deliverables-part-timeline-hint = Hatua kuu na zitakapofanyika.
deliverables-part-ends-on = Tarehe ya mwisho wa kampeni
deliverables-part-ends-on-hint = Siku kampeni yenu itakapoisha. Tarehe ya mwisho ya lengo lenu la SMART lazima iwe siku hiyo au kabla yake.
deliverables-part-risks = Hatari
deliverables-part-risks-hint = Nini kinaweza kwenda vibaya, na mtafanya nini kuhusu hilo.
deliverables-part-data-needed = Data ambayo kampeni inahitaji
deliverables-part-data-needed-hint = Mnachohitaji kujua na kuthibitisha, na nani anaweza kuwapa taarifa hizo.

deliverables-part-specific = Mahususi
deliverables-part-specific-hint = Nini hasa kitabadilika, wapi na kwa nani?
deliverables-part-measurable = Kinachopimika
deliverables-part-measurable-hint = Mtajuaje kwamba kimebadilika: mtahesabu au kupima nini?
deliverables-part-achievable = Kinachowezekana
deliverables-part-achievable-hint = Kwa nini kinawezekana kwa timu, muda na washirika mlionao.
deliverables-part-relevant = Kinachohusika
deliverables-part-relevant-hint = Jinsi lengo hili linavyosogeza mbele lengo la kampeni yenu.
deliverables-part-time-bound = Chenye muda maalumu
deliverables-part-time-bound-hint = Ifikapo lini, na kwa nini wakati huo.
deliverables-part-target = Kiwango kinacholengwa (namba)
deliverables-part-target-hint = Namba mnayotaka kufikia, kwa tarakimu, kwa mfano 80. Tumia nukta kwa desimali: 12.5.
deliverables-part-unit = Namba zinahesabu nini
deliverables-part-unit-hint = Kwa mfano: % ya mabomba ya umma yanayofanya kazi, kaya, wasichana walioandikishwa shule.
deliverables-part-baseline = Kiwango cha mwanzo (namba ya sasa)
deliverables-part-baseline-hint = Hali ilivyo leo, hata kwa makadirio, ikihesabiwa kama kiwango kinacholengwa.
deliverables-part-deadline = Tarehe ya mwisho
deliverables-part-deadline-hint = Siku ambayo kiwango kinacholengwa kinapaswa kufikiwa: baada ya leo, na si baada ya tarehe ya mwisho ya mpango wenu wa kampeni (isipokuwepo, miezi 12 baada ya mafunzo kuanza).
deliverables-part-who = Nani lazima achukue hatua au atabadilika
deliverables-part-who-hint = Mtoa maamuzi (kwa mfano msimamizi wa wadi ya Kibera) au kundi la watu (kwa mfano wafanyabiashara wanawake wa soko la Gikomba).

deliverables-part-form-id = Fomu ya utafiti
deliverables-part-form-id-hint = Mojawapo ya fomu za shirika lenu (ipakie kwanza kwenye Fomu).
deliverables-part-measures = Inapima nini katika lengo
deliverables-part-measures-hint = Sehemu gani ya lengo lenu la SMART majibu yanapima, kwa mfano idadi ya mabomba yanayofanya kazi (kiwango mnacholenga).
deliverables-part-target-responses = Majibu ya kukusanya (si lazima)
deliverables-part-target-responses-hint = Utafiti unalenga majibu mangapi, kwa mfano 120. Ukurasa wa data wa fomu unaonyesha mangapi yamefika.
deliverables-part-measure-question = Swali linalopima lengo (si lazima)
deliverables-part-measure-question-hint = Jina la swali la fomu (safu yake ya name), kwa mfano bomba_linafanya_kazi. Kwa swali lenye chaguo inapimwa sehemu inayochagua chaguo lililo chini; kwa namba, wastani.
deliverables-part-measure-choice = Chaguo linalohesabiwa (kwa swali lenye chaguo)
deliverables-part-measure-choice-hint = Jina la chaguo (jina lake kwenye karatasi ya choices), kwa mfano ndiyo.

deliverables-part-went-wrong = Kilichoenda vibaya katika majaribio
deliverables-part-went-wrong-hint = Maswali ambayo watu hawakuyaelewa, kurukwa kwa maswali kulikoshindikana, matatizo ya simu au mtandao, muda uliotumika.
deliverables-part-changed = Mlichobadilisha
deliverables-part-changed-hint = Mlichobadilisha katika fomu, au katika namna ya kukusanya data, kwa sababu ya majaribio.

## Hesabu ya majaribio

deliverables-pilot-title = Mawasilisho ya majaribio
deliverables-pilot-form = Fomu ya utafiti: { $form }
deliverables-pilot-count = { $count ->
    [0] Bado hakuna wasilisho la majaribio (limehesabiwa sasa)
    [one] Wasilisho moja la majaribio (limehesabiwa sasa)
   *[other] Mawasilisho { $count } ya majaribio (yamehesabiwa sasa)
}
deliverables-pilot-count-then = { $count ->
    [0] Hakuna wasilisho la majaribio ripoti ilipowasilishwa mara ya mwisho.
    [one] Wasilisho moja la majaribio ripoti ilipowasilishwa mara ya mwisho.
   *[other] Mawasilisho { $count } ya majaribio ripoti ilipowasilishwa mara ya mwisho.
}
deliverables-pilot-count-submitted = Mawasilisho ya majaribio wakati wa kuwasilisha
deliverables-pilot-no-form = Bado hakuna fomu ya utafiti iliyounganishwa: chagua moja katika kazi ya utafiti.

## Ukaguzi wa moja kwa moja wa lengo la SMART

deliverables-smart-checks-title = Ukaguzi wa moja kwa moja
deliverables-smart-checks-pass = Ukaguzi wote watano umefaulu: lengo linaweza kuwasilishwa.
deliverables-smart-checks-fail = Unaweza kuhifadhi rasimu hata kama ukaguzi fulani haujafaulu, lakini unaweza kuiwasilisha tu ukaguzi wote watano ukifaulu. Kila mmoja unaeleza jinsi ya kurekebisha.
deliverables-check-passed = Sawa
deliverables-check-failed = Rekebisha
deliverables-smart-check-target = Namba ya kufikia
deliverables-smart-check-baseline = Kiwango cha mwanzo
deliverables-smart-check-deadline = Tarehe ya mwisho ndani ya kampeni
deliverables-smart-check-who = Nani lazima achukue hatua au atabadilika
deliverables-smart-check-plan = Uhusiano na mpango wa kampeni
deliverables-smart-target-missing = Bado hakuna namba ya kufikia. Iandike katika “Kiwango kinacholengwa”, kwa mfano 80.
deliverables-smart-target-same = Kiwango kinacholengwa ({ $target }) ni sawa na kiwango cha mwanzo, kwa hiyo hakuna kitakachobadilika. Andika namba mnayotaka kufikia.
deliverables-smart-target-ok = Lengo linalenga { $target }.
deliverables-smart-baseline-missing = Bado hakuna kiwango cha mwanzo. Andika katika “Kiwango cha mwanzo” hali ilivyo leo (hata kwa makadirio), ili maendeleo yaweze kupimwa.
deliverables-smart-baseline-ok = Linaanzia { $baseline }.
deliverables-smart-deadline-missing = Bado hakuna tarehe ya mwisho. Chagua siku baada ya leo na si baada ya { $end }.
deliverables-smart-deadline-past = Tarehe ya mwisho lazima iwe baada ya leo ({ $today }).
deliverables-smart-deadline-year-over = Mpango wenu wa kampeni hauna tarehe ya mwisho, na miezi 12 tangu mafunzo kuanza imekwisha ({ $end }). Ongezeni tarehe ya mwisho wa kampeni katika mpango wa kampeni.
deliverables-smart-deadline-after-plan = Tarehe ya mwisho iko baada ya kampeni yenu kuisha ({ $end }, tarehe ya mwisho katika mpango wenu wa kampeni). Chagua siku ya mapema zaidi, au badilisha mpango.
deliverables-smart-deadline-after-year = Mpango wenu wa kampeni bado hauna tarehe ya mwisho, kwa hiyo tarehe ya mwisho ya lengo lazima iwe ndani ya miezi 12 tangu mafunzo kuanza: tarehe { $end } au kabla yake. Chagua siku ya mapema zaidi, au ongeza tarehe ya mwisho katika mpango.
deliverables-smart-deadline-ok = Tarehe ya mwisho, { $deadline }, iko ndani ya kampeni yenu (inayoisha tarehe { $end }).
deliverables-smart-who-missing = Halisemi nani lazima achukue hatua au nani atabadilika. Taja mtoa maamuzi au kundi la watu, kwa mfano “msimamizi wa wadi ya Kibera”.
deliverables-smart-who-vague = “{ $who }” haieleweki vya kutosha: sema hasa ni nani, kwa maneno machache, kwa mfano cheo na mahali.
deliverables-smart-who-ok = Linataja nani lazima achukue hatua au atabadilika: { $who }.
deliverables-smart-plan-no-goal = Mpango wenu wa kampeni bado hauna lengo. Andikeni lengo katika mpango wa kampeni, kisha elezeni hapa jinsi lengo hili la SMART linavyolitumikia.
deliverables-smart-plan-relevant-missing = Eleza katika “Kinachohusika” jinsi lengo hili linavyotumikia lengo la kampeni yenu: “{ $goal }”.
deliverables-smart-plan-ok = Limeunganishwa na lengo la kampeni yenu: “{ $goal }”.

## Daftari la changamoto

challenges-intro = Kinachowazuia katika wiki mbili, pamoja na ushauri wa mkufunzi wenu. Andikeni changamoto mara tu inapojitokeza.
challenges-open-count = { $count ->
    [0] Hakuna changamoto iliyo wazi
    [one] Changamoto moja iliyo wazi
   *[other] Changamoto { $count } zilizo wazi
}
challenges-none = Bado hakuna changamoto iliyoandikwa.
challenges-open = Wazi
challenges-resolved = Imetatuliwa
challenges-logged-by = Imeandikwa na { $name } tarehe { $date }
challenges-resolved-at = imetatuliwa { $date }
challenges-guidance-title = Ushauri
challenges-guidance-by = Kutoka kwa { $name }
challenges-guidance-waiting = Inasubiri ushauri wa mkufunzi wenu.
challenges-guidance-label = Ushauri wako
challenges-guidance-save = Hifadhi ushauri
challenges-reopen = Ifungue tena
challenges-mark-resolved = Weka alama imetatuliwa
challenges-add-title = Andika changamoto
challenges-category = Aina
challenges-choose-category = Chagua aina
challenges-description = Kilichotokea
challenges-description-hint = Kilichowazuia, na mlichojaribu.
challenges-add = Iandike
challenges-error-category = Chagua aina.
challenges-error-description-empty = Sema kilichotokea.
challenges-error-guidance-empty = Andika ushauri wako kwanza.
challenges-error-too-long = Ni ndefu mno: ifupishe.
challenges-notice-added = Changamoto imeandikwa. Mkufunzi wenu amearifiwa.
challenges-notice-guidance = Ushauri umehifadhiwa. Timu imearifiwa.
challenges-notice-resolved = Imewekwa alama imetatuliwa.
challenges-notice-reopened = Imefunguliwa tena.
challenges-category-connectivity = Mtandao wa intaneti
challenges-category-devices = Simu na vifaa
challenges-category-survey = Fomu ya utafiti
challenges-category-enumerators = Wakusanyaji wa data
challenges-category-respondents = Wahojiwa
challenges-category-safety = Usalama na ridhaa
challenges-category-time = Muda
challenges-category-data = Data na uchambuzi
challenges-category-other = Jambo jingine

## Barua pepe

email-deliverable-submitted-subject = { $organisation } imewasilisha kazi: { $deliverable }
email-deliverable-submitted-body =
    Habari { $name },

    { $organisation } imewasilisha kazi ili uipitie: { $deliverable } (awamu ya { $round }).
    { $late ->
        [yes] Imechelewa: mwisho ulikuwa tarehe { $due }.
       *[other] Mwisho ulikuwa tarehe { $due }.
    }

    Ipitie hapa:

    { $link }
email-deliverable-changes-requested-subject = Mabadiliko yameombwa: { $deliverable }
email-deliverable-changes-requested-body =
    Habari { $name },

    { $builder } ameomba mabadiliko katika kazi ya { $organisation }: { $deliverable }.

    { $comment }

    Ibadilishe na uiwasilishe tena hapa:

    { $link }
email-deliverable-accepted-subject = Imekubaliwa: { $deliverable }
email-deliverable-accepted-body =
    Habari { $name },

    { $builder } amekubali kazi ya { $organisation }: { $deliverable }. Hongereni!

    { $comment }

    { $link }
email-challenge-logged-subject = Changamoto mpya katika { $organisation }: { $category }
email-challenge-logged-body =
    Habari { $name },

    { $organisation } imeandika changamoto ({ $category }):

    { $description }

    Toa ushauri wako hapa:

    { $link }
email-challenge-guidance-subject = Ushauri kuhusu changamoto yenu: { $category }
email-challenge-guidance-body =
    Habari { $name },

    { $builder } ameandika ushauri kuhusu changamoto mliyoiandika ({ $category }):

    { $description }

    Ushauri:

    { $guidance }

    { $link }
