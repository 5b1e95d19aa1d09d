# Fomu, vifaa na majibu ya OpenRosa (ukusanyaji wa data).

nav-forms = Fomu
nav-collectors = Vifaa

forms-title = Fomu
forms-none = Bado hakuna fomu. Pakia XLSForm ya utafiti wako ili uichapishe.
forms-id-version = Kitambulisho cha fomu { $id }
forms-latest-version = toleo { $version }
forms-mode-live = Rasmi
forms-mode-pilot = Majaribio
forms-submission-count = { $count ->
    [one] wasilisho moja
   *[other] mawasilisho { $count }
}
forms-pilot-count = { $count ->
    [one] wasilisho moja la majaribio
   *[other] mawasilisho { $count } ya majaribio
}
forms-upload-title = Chapisha fomu au toleo jipya
forms-upload-file = Faili la XLSForm
forms-upload-hint = .xlsx, .xls au .csv. Faili lenye kitambulisho cha fomu iliyokwisha kuchapishwa linaongeza toleo jipya la fomu hiyo.
forms-upload-submit = Kagua na uchapishe
forms-upload-missing = Chagua faili la XLSForm la kupakia.
forms-upload-invalid = Fomu haikuchapishwa kwa sababu ina makosa. Rekebisha kila kosa kwenye lahajedwali kisha uipakie tena.
forms-preview-submit = Onyesho la awali bila kuchapisha
forms-preview-notice = Onyesho la awali la “{ $title }”: ijaze ukague maswali, kanuni na lugha. Hakuna kinachochapishwa, kutumwa wala kuhifadhiwa.
forms-preview-back = Rudi kwenye fomu
forms-preview-invalid = Fomu haiwezi kuonyeshwa kwa sababu ina makosa. Rekebisha kila kosa kwenye lahajedwali kisha uipakie tena.
forms-upload-format = Faili lazima liwe XLSForm iliyohifadhiwa kama .xlsx, .xls au .csv.
forms-upload-version-exists = Toleo hili la fomu tayari limechapishwa. Badilisha toleo kwenye laha ya “settings”, au uliache wazi ili toleo liwekwe kiotomatiki.
upload-too-large = Faili ni kubwa mno.
upload-unreadable = Faili lililopakiwa halikuweza kusomwa. Tafadhali jaribu tena.
forms-problem-count = { $count ->
    [one] Tatizo moja
   *[other] Matatizo { $count }
}
forms-problem-kind = Aina
forms-problem-where = Mahali
forms-problem-what = Cha kufanya
forms-problem-error = Kosa
forms-problem-warning = Onyo
forms-published-with-warnings = Fomu imechapishwa, lakini ina maonyo. Yaangalie kwa “datashift form check”, au pakia faili tena baada ya kuyarekebisha.
forms-see-submissions = Angalia mawasilisho
forms-mode-title = Majaribio au rasmi
forms-mode-pilot-explained = Fomu iko katika hali ya majaribio: mawasilisho yanawekwa kando na data za kampeni ili uweze kujaribu utafiti kwa watu wachache.
forms-mode-live-explained = Fomu inatumika rasmi: mawasilisho ni data za kampeni.
forms-mode-clear-pilot = Ondoa pia mawasilisho ya majaribio (yanaweza kurejeshwa)
forms-mode-go-live = Anza kuitumia rasmi
forms-mode-back-to-pilot = Rudi kwenye hali ya majaribio
forms-web-link-title = Kiungo cha wavuti
forms-web-link-explained = Mtu yeyote mwenye kiungo hiki anaweza kujaza fomu kwenye kivinjari cha simu, hata bila mtandao baada ya kukifungua mara ya kwanza. Kitume kwa watu wanaokusanya data tu.
forms-versions-title = Matoleo
forms-version = Toleo
forms-published-on = Tarehe ya kuchapishwa
forms-downloads = Faili
forms-download-xlsform = XLSForm
forms-download-xform = XForm
forms-new-version = Chapisha toleo jipya
forms-media-title = Faili za midia
forms-media-missing = Fomu inatumia faili hizi, ambazo bado hazijapakiwa:
forms-media-none = Hakuna faili la midia.
forms-media-delete = Ondoa
forms-media-file = Faili (picha, sauti, video, au orodha ya CSV, XML au GeoJSON)
forms-media-upload = Pakia

xlsform-place-sheet = laha { $sheet }
xlsform-place-row = mstari { $row }
xlsform-place-column = safu { $column }
xlsform-read-001 = Faili halikuweza kusomwa kama lahajedwali. Lihifadhi tena kama .xlsx kutoka kwenye programu yako ya lahajedwali.
xlsform-sheet-001 = Fomu inahitaji laha yenye jina “survey”. Badilisha jina la laha yenye maswali.
xlsform-header-001 = Safu ambayo laha inahitaji haipo. Iongeze kwenye mstari wa kwanza.
xlsform-header-002 = Safu mbili zina maana moja. Baki na mojawapo tu.
xlsform-type-001 = Mstari mmoja una jina au lebo lakini hauna aina. Upe aina, au uache mstari huo wazi.
xlsform-type-002 = Aina hii ya swali haitambuliwi na XLSForm. Angalia jinsi ilivyoandikwa.
xlsform-name-001 = Swali moja halina jina. Lipe kila swali jina fupi lisilo na nafasi.
xlsform-name-002 = Jina linaweza kuwa na herufi, tarakimu, “_”, “-” na “.” tu, na lazima lianze na herufi au “_”.
xlsform-name-003 = Maswali mawili katika kikundi kimoja yana jina moja. Badilisha jina la mojawapo.
xlsform-name-004 = Jina la kikundi kinachojirudia limetumika mara mbili, au ni sawa na jina la fomu yenyewe. Libadilishe.
xlsform-name-005 = Jina “meta” limetengwa kwa ajili ya metadata ya fomu. Chagua jina lingine.
xlsform-sheet-002 = Laha ambayo fomu inahitaji haipo, au jina lake limekosewa. Angalia majina ya laha.
xlsform-instance-001 = Faili mbili au orodha mbili za nje zina jina moja. Badilisha jina la mojawapo.
xlsform-param-002 = Kigezo kimoja kina thamani isiyoruhusiwa. Angalia safu ya “parameters”.
xlsform-survey-001 = Kuna “end group” au “end repeat” isiyo na “begin” inayolingana nayo. Iondoe, au ongeza “begin”.
xlsform-survey-002 = Kikundi au kikundi kinachojirudia hakijafungwa. Ongeza “end group” au “end repeat” inayolingana nacho.
xlsform-choice-001 = Swali la kuchagua linatumia orodha ya machaguo ambayo haipo kwenye laha ya “choices”. Ongeza orodha hiyo au rekebisha jina lake.
xlsform-choice-002 = Orodha ya machaguo ina jina lilelile la chaguo mara mbili. Badilisha jina la moja, au ruhusu marudio kwenye laha ya “settings”.
xlsform-choice-003 = Chaguo moja halina jina. Lipe kila chaguo thamani kwenye safu ya “name”.
xlsform-choice-004 = Fomu ina maswali ya kuchagua lakini haina laha ya machaguo. Ongeza laha yenye jina “choices”.
xlsform-choice-005 = Machaguo ya swali la kuchagua zaidi ya jibu moja hayawezi kuwa na nafasi. Weka “_” badala ya kila nafasi.
xlsform-ref-001 = Rejea ya ${"{"}name{"}"} inataja swali ambalo halipo (au lipo mara mbili). Angalia jina.
xlsform-ref-002 = ${"{"} haijafungwa kama ${"{"}name{"}"}. Ongeza mabano ya kufunga.
xlsform-calc-001 = Mstari wa “calculate” hauna hesabu. Andika hesabu yenyewe.
xlsform-param-001 = Thamani ya kigezo si sahihi. Angalia safu ya “parameters”.
xlsform-form-001 = Fomu inakiuka kanuni ya kiwango cha XForm. Soma maelezo yaliyo hapa chini.
xlsform-label-001 = Swali moja halina lebo wala kidokezo. Ongeza lebo.
xlsform-settings-001 = Thamani moja kwenye laha ya “settings” si sahihi. Angalia laha ya “settings”.
xlsform-warn-001 = Kuna kitu kinachoonekana si sawa, ingawa fomu inaweza kuchapishwa. Kiangalie.
xlsform-expr-001 = Huenda fomula moja isifanye kazi: haisomeki, au inatumia kitendakazi kisichojulikana. Angalia jinsi ilivyoandikwa.
xlsform-entity-001 = Laha ya “entities” inatangaza huluki kwa njia isiyo sahihi. Iangalie.
xlsform-entity-002 = Thamani ya “save_to” si sahihi. Angalia safu ya “save_to”.
xlsform-entity-003 = Marejeo ya huluki au vikundi vinavyozibeba vinagongana. Angalia safu za huluki na za “save_to”.
xlsform-pii-001 = Safu ya “pii” inakubali yes au no: yes inaweka swali kuwa taarifa binafsi, no inaliweka kuwa si taarifa binafsi.

collectors-title = Vifaa
collectors-intro = Kila simu inayokusanya data kwa ODK Collect au KoboCollect inapewa ruhusa yake yenyewe. Ongeza kifaa, kisha changanua msimbo wake wa QR ndani ya programu (Ongeza mradi → Configure with QR code). Simu ikipotea, ifutie ruhusa hapa mara moja.
collectors-created = Ruhusa ya “{ $name }” iko tayari
collectors-scan = Katika ODK Collect au KoboCollect, ongeza mradi kisha changanua msimbo huu:
collectors-or-type = Au andika URL hii ya seva wewe mwenyewe, bila jina la mtumiaji wala nenosiri:
collectors-shown-once = Msimbo huu na URL hii vinaonyeshwa sasa tu. Vikipotea, futa ruhusa ya kifaa hiki kisha ukiongeze tena.
collectors-devices = Vifaa vyenye ruhusa
collectors-none = Bado hakuna kifaa.
collectors-revoked = ruhusa imefutwa
collectors-revoke = Futa ruhusa
collectors-add = Ongeza kifaa
collectors-name = Jina la kifaa au la mtu anayekitumia
collectors-name-hint = Kwa mfano “Simu ya Amina”.
collectors-create = Ongeza kifaa

openrosa-received = Asante: wasilisho limepokelewa.
openrosa-already-received = Wasilisho hili lilikuwa limeshapokelewa; hakuna kilichopotea.
openrosa-instance-conflict = Wasilisho tofauti lenye kitambulisho kilekile ({ $instance }) lilipokelewa awali. Hili halikuhifadhiwa: hariri fomu tena ili uitume kama wasilisho jipya.
openrosa-unauthorised = Ingia kwa barua pepe na nenosiri la akaunti yako ya DataShift.
openrosa-token-refused = Ruhusa ya kifaa hiki imefutwa, au URL ya seva si sahihi. Omba shirika lako likupe msimbo mpya wa QR.
openrosa-basic-needs-https = Jina la mtumiaji na nenosiri vinakubaliwa tu kupitia muunganisho salama (https).
openrosa-too-many-attempts = Majaribio mengi mno ya kuingia yameshindwa. Subiri dakika 15 kisha ujaribu tena.
openrosa-server-error = Seva haikuweza kuhifadhi wasilisho. Bado liko kwenye kifaa chako: litume tena baadaye.
openrosa-form-unknown = Fomu hii haipatikani kwa kifaa hiki.
openrosa-form-unknown-id = Hakuna fomu yenye kitambulisho “{ $form }” iliyochapishwa kwa kifaa hiki.
openrosa-version-unknown = Toleo “{ $version }” la fomu “{ $form }” halijachapishwa. Pakua fomu tena kisha uijaze upya.
openrosa-too-large = Wasilisho ni kubwa kuliko MB { $limit }. Punguza ukubwa wa picha na video kwenye mipangilio ya programu.
openrosa-not-multipart = Ombi hili si wasilisho la OpenRosa (multipart/form-data): { $detail }
openrosa-bad-file-name = “{ $name }” si jina sahihi la faili la kiambatisho.
openrosa-no-document = Ombi halina sehemu ya xml_submission_file yenye wasilisho.
openrosa-no-form-id = Kipengele cha msingi cha wasilisho hakina sifa ya id ya fomu.
openrosa-doctype = Mawasilisho yenye tamko la DOCTYPE yanakataliwa.
openrosa-malformed = Wasilisho si hati iliyoundwa ipasavyo: { $detail }
openrosa-no-instance-id = Wasilisho halina meta/instanceID, kwa hiyo halikuweza kuhifadhiwa kwa usalama.
