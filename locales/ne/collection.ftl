# फारम, उपकरण र OpenRosa जवाफहरू (डेटा सङ्कलन)।

nav-forms = फारमहरू
nav-collectors = उपकरणहरू

forms-title = फारमहरू
forms-none = अहिलेसम्म कुनै फारम छैन। प्रकाशित गर्न आफ्नो सर्वेक्षणको XLSForm अपलोड गर्नुहोस्।
forms-id-version = फारम ID { $id }
forms-latest-version = संस्करण { $version }
forms-mode-live = वास्तविक सङ्कलन
forms-mode-pilot = पाइलट
forms-submission-count = { $count ->
    [one] एउटा पेस गरिएको फारम
   *[other] { $count } वटा पेस गरिएका फारम
}
forms-pilot-count = { $count ->
    [one] पाइलटमा पेस गरिएको एउटा फारम
   *[other] पाइलटमा पेस गरिएका { $count } वटा फारम
}
forms-upload-title = फारम वा त्यसको नयाँ संस्करण प्रकाशित गर्नुहोस्
forms-upload-file = XLSForm फाइल
forms-upload-hint = .xlsx, .xls वा .csv। पहिल्यै प्रकाशित फारमकै फारम ID भएको फाइलले त्यस फारमको नयाँ संस्करण थप्छ।
forms-upload-submit = जाँच गरेर प्रकाशित गर्नुहोस्
forms-upload-missing = अपलोड गर्न XLSForm फाइल छान्नुहोस्।
forms-upload-invalid = फारममा त्रुटिहरू भएकाले यो प्रकाशित भएन। स्प्रेडसिटमा हरेक त्रुटि सच्याएर फेरि अपलोड गर्नुहोस्।
forms-preview-submit = प्रकाशित नगरी पूर्वावलोकन
forms-preview-notice = “{ $title }” को पूर्वावलोकन: प्रश्न, नियम र भाषा जाँच्न भर्नुहोस्। केही प्रकाशित, पठाइने वा राखिने छैन।
forms-preview-back = फारमहरूमा फर्कनुहोस्
forms-preview-invalid = फारममा त्रुटिहरू भएकाले पूर्वावलोकन गर्न सकिँदैन। स्प्रेडसिटमा हरेक त्रुटि सच्याएर फेरि अपलोड गर्नुहोस्।
forms-upload-format = फाइल .xlsx, .xls वा .csv मा सेभ गरिएको XLSForm हुनुपर्छ।
forms-upload-version-exists = फारमको यो संस्करण पहिल्यै प्रकाशित भइसकेको छ। “settings” सिटमा संस्करण बदल्नुहोस्, वा स्वतः संस्करण दिइने गरी त्यसलाई खाली छोड्नुहोस्।
upload-too-large = फाइल धेरै ठूलो छ।
upload-unreadable = अपलोड गरिएको फाइल पढ्न सकिएन। कृपया फेरि प्रयास गर्नुहोस्।
forms-problem-count = { $count ->
    [one] एउटा समस्या
   *[other] { $count } वटा समस्या
}
forms-problem-kind = प्रकार
forms-problem-where = कहाँ
forms-problem-what = के गर्ने
forms-problem-error = त्रुटि
forms-problem-warning = चेतावनी
forms-published-with-warnings = फारम प्रकाशित भयो, तर चेतावनीसहित। तिनलाई “datashift form check” ले जाँच गर्नुहोस्, वा सच्याएपछि फाइल फेरि अपलोड गर्नुहोस्।
forms-see-submissions = पेस गरिएका फारमहरू हेर्नुहोस्
forms-mode-title = पाइलट वा वास्तविक सङ्कलन
forms-mode-pilot-explained = फारम पाइलट मोडमा छ: पेस गरिएका फारमहरू अभियानको डेटाबाट छुट्टै राखिन्छन्, जसले गर्दा तपाईं केही मानिसहरूसँग सर्वेक्षण परीक्षण गर्न सक्नुहुन्छ।
forms-mode-live-explained = फारम वास्तविक सङ्कलनमा छ: पेस गरिएका फारमहरू अभियानको डेटा हुन्।
forms-mode-clear-pilot = पाइलटमा पेस गरिएका फारमहरू पनि हटाउनुहोस् (तिनलाई फेरि ल्याउन सकिन्छ)
forms-mode-go-live = वास्तविक सङ्कलन सुरु गर्नुहोस्
forms-mode-back-to-pilot = पाइलट मोडमा फर्कनुहोस्
forms-web-link-title = वेब लिङ्क
forms-web-link-explained = यो लिङ्क भएका जो कोहीले फोनको ब्राउजरमा फारम भर्न सक्छन्, पहिलो पटक खोलेपछि इन्टरनेट नभए पनि। यसलाई डेटा सङ्कलन गर्ने मानिसहरूसँग मात्र साझा गर्नुहोस्।
forms-versions-title = संस्करणहरू
forms-version = संस्करण
forms-published-on = प्रकाशित मिति
forms-downloads = फाइलहरू
forms-download-xlsform = XLSForm
forms-download-xform = XForm
forms-new-version = नयाँ संस्करण प्रकाशित गर्नुहोस्
forms-media-title = मिडिया फाइलहरू
forms-media-missing = फारमले यी फाइलहरू प्रयोग गर्छ, जुन अहिलेसम्म अपलोड भएका छैनन्:
forms-media-none = कुनै मिडिया फाइल छैन।
forms-media-delete = हटाउनुहोस्
forms-media-file = फाइल (तस्बिर, अडियो, भिडियो, वा CSV, XML वा GeoJSON सूची)
forms-media-upload = अपलोड गर्नुहोस्

xlsform-place-sheet = सिट { $sheet }
xlsform-place-row = पङ्क्ति { $row }
xlsform-place-column = स्तम्भ { $column }
xlsform-read-001 = फाइललाई स्प्रेडसिटको रूपमा पढ्न सकिएन। आफ्नो स्प्रेडसिट प्रोग्रामबाट यसलाई फेरि .xlsx मा सेभ गर्नुहोस्।
xlsform-sheet-001 = फारममा “survey” नाम भएको सिट चाहिन्छ। प्रश्नहरू भएको सिटको नाम बदल्नुहोस्।
xlsform-header-001 = सिटलाई चाहिने एउटा स्तम्भ छैन। त्यसलाई पहिलो पङ्क्तिमा थप्नुहोस्।
xlsform-header-002 = दुईवटा स्तम्भको अर्थ एउटै छ। तीमध्ये एउटा मात्र राख्नुहोस्।
xlsform-type-001 = एउटा पङ्क्तिमा नाम वा लेबल छ, तर प्रकार छैन। त्यसलाई प्रकार दिनुहोस्, वा पङ्क्ति खाली गर्नुहोस्।
xlsform-type-002 = यो प्रश्नको प्रकार XLSForm ले चिन्दैन। हिज्जे जाँच गर्नुहोस्।
xlsform-name-001 = एउटा प्रश्नको नाम छैन। हरेक प्रश्नलाई खाली ठाउँ (स्पेस) नभएको छोटो नाम दिनुहोस्।
xlsform-name-002 = नाममा अक्षर, अङ्क, “_”, “-” र “.” मात्र हुन सक्छन्, र नाम अक्षर वा “_” बाट सुरु हुनुपर्छ।
xlsform-name-003 = एउटै समूहका दुईवटा प्रश्नको नाम एउटै छ। एउटाको नाम बदल्नुहोस्।
xlsform-name-004 = एउटा दोहोरिने समूहको नाम दुई पटक प्रयोग भएको छ, वा फारमकै नामसँग मिल्छ। त्यसको नाम बदल्नुहोस्।
xlsform-name-005 = “meta” नाम फारमको मेटाडेटाका लागि छुट्याइएको छ। अर्को नाम छान्नुहोस्।
xlsform-sheet-002 = फारमलाई चाहिने एउटा सिट छैन, वा त्यसको नामको हिज्जे गलत छ। सिटका नामहरू जाँच गर्नुहोस्।
xlsform-instance-001 = दुईवटा बाहिरी फाइल वा सूचीको नाम एउटै छ। एउटाको नाम बदल्नुहोस्।
xlsform-param-002 = एउटा प्यारामिटरमा अनुमति नभएको मान छ। “parameters” स्तम्भ जाँच गर्नुहोस्।
xlsform-survey-001 = एउटा “end group” वा “end repeat” सँग मिल्ने “begin” छैन। त्यसलाई हटाउनुहोस्, वा “begin” थप्नुहोस्।
xlsform-survey-002 = एउटा समूह वा दोहोरिने समूह बन्द गरिएको छैन। मिल्ने “end group” वा “end repeat” थप्नुहोस्।
xlsform-choice-001 = छनोट गर्ने एउटा प्रश्नले “choices” सिटमा नभएको छनोट सूची प्रयोग गर्छ। सूची थप्नुहोस्, वा त्यसको नाम सच्याउनुहोस्।
xlsform-choice-002 = एउटा छनोट सूचीमा एउटै छनोटको नाम दुई पटक छ। एउटाको नाम बदल्नुहोस्, वा “settings” सिटमा दोहोरो नामलाई अनुमति दिनुहोस्।
xlsform-choice-003 = एउटा छनोटको नाम छैन। “name” स्तम्भमा हरेक छनोटको मान लेख्नुहोस्।
xlsform-choice-004 = फारममा छनोट गर्ने प्रश्नहरू छन्, तर छनोटहरूको सिट छैन। “choices” नाम भएको सिट थप्नुहोस्।
xlsform-choice-005 = एकभन्दा बढी छनोट गर्न मिल्ने प्रश्नका छनोटहरूमा खाली ठाउँ (स्पेस) हुनु हुँदैन। खाली ठाउँको सट्टा “_” राख्नुहोस्।
xlsform-ref-001 = एउटा ${"{"}name{"}"} सन्दर्भमा नभएको (वा दुई पटक भएको) प्रश्नको नाम छ। नाम जाँच गर्नुहोस्।
xlsform-ref-002 = एउटा ${"{"} लाई ${"{"}name{"}"} को रूपमा बन्द गरिएको छैन। बन्द गर्ने कोष्ठ थप्नुहोस्।
xlsform-calc-001 = एउटा “calculate” पङ्क्तिमा हिसाब छैन। हिसाब लेख्नुहोस्।
xlsform-param-001 = एउटा प्यारामिटरको मान मान्य छैन। “parameters” स्तम्भ जाँच गर्नुहोस्।
xlsform-form-001 = फारमले XForm मापदण्डको एउटा नियम तोड्छ। तलको विवरण पढ्नुहोस्।
xlsform-label-001 = एउटा प्रश्नमा न लेबल छ न सहयोगी पाठ। लेबल थप्नुहोस्।
xlsform-settings-001 = “settings” सिटको एउटा मान मान्य छैन। “settings” सिट जाँच गर्नुहोस्।
xlsform-warn-001 = फारम प्रकाशित गर्न सकिए पनि केही कुरा गलत देखिन्छ। जाँच गर्नुहोस्।
xlsform-expr-001 = एउटा सूत्रले काम नगर्न सक्छ: यो पढ्न सकिँदैन, वा यसले अज्ञात फङ्सन प्रयोग गर्छ। हिज्जे जाँच गर्नुहोस्।
xlsform-entity-001 = “entities” सिटले एन्टिटीलाई मान्य नभएको तरिकाले घोषणा गरेको छ। जाँच गर्नुहोस्।
xlsform-entity-002 = “save_to” को एउटा मान मान्य छैन। “save_to” स्तम्भ जाँच गर्नुहोस्।
xlsform-entity-003 = एन्टिटीका सन्दर्भ वा कन्टेनरहरू आपसमा बाझिन्छन्। एन्टिटी र “save_to” स्तम्भहरू जाँच गर्नुहोस्।
xlsform-pii-001 = “pii” स्तम्भले yes वा no मात्र लिन्छ: yes ले प्रश्नलाई व्यक्तिगत तथ्याङ्क जनाउँछ, no ले व्यक्तिगत होइन भनी जनाउँछ।

collectors-title = उपकरणहरू
collectors-intro = ODK Collect वा KoboCollect बाट डेटा सङ्कलन गर्ने हरेक फोनले आफ्नै पहुँच पाउँछ। उपकरण थप्नुहोस्, त्यसपछि एपमा त्यसको QR कोड स्क्यान गर्नुहोस् (Add project → Configure with QR code)। फोन हरायो भने यहीँबाट तुरुन्तै त्यसको पहुँच रद्द गर्नुहोस्।
collectors-created = “{ $name }” को पहुँच तयार छ
collectors-scan = ODK Collect वा KoboCollect मा प्रोजेक्ट थपेर यो कोड स्क्यान गर्नुहोस्:
collectors-or-type = वा प्रयोगकर्ता नाम र पासवर्ड नहाली यो सर्भर URL आफैँ लेख्नुहोस्:
collectors-shown-once = यो कोड र URL अहिले मात्र देखाइन्छ। हराए भने यो उपकरणको पहुँच रद्द गरेर फेरि थप्नुहोस्।
collectors-devices = पहुँच भएका उपकरणहरू
collectors-none = अहिलेसम्म कुनै उपकरण छैन।
collectors-revoked = पहुँच रद्द गरिएको
collectors-revoke = पहुँच रद्द गर्नुहोस्
collectors-add = उपकरण थप्नुहोस्
collectors-name = उपकरणको नाम, वा त्यो प्रयोग गर्ने व्यक्तिको नाम
collectors-name-hint = जस्तै “सीताको फोन”।
collectors-create = उपकरण थप्नुहोस्

openrosa-received = धन्यवाद: फारम प्राप्त भयो।
openrosa-already-received = यो फारम पहिल्यै प्राप्त भइसकेको थियो; केही पनि हराएको छैन।
openrosa-instance-conflict = उही instance ID ({ $instance }) भएको अर्कै फारम यसअघि नै प्राप्त भइसकेको छ। यो फारम सेभ गरिएन: यसलाई नयाँ फारमको रूपमा पठाउन फारम फेरि सम्पादन गर्नुहोस्।
openrosa-unauthorised = आफ्नो DataShift खाताको इमेल र पासवर्डले लग इन गर्नुहोस्।
openrosa-token-refused = यो उपकरणको पहुँच रद्द गरिएको छ, वा सर्भर URL गलत छ। आफ्नो संस्थासँग नयाँ QR कोड माग्नुहोस्।
openrosa-basic-needs-https = प्रयोगकर्ता नाम र पासवर्ड सुरक्षित (https) जडानबाट मात्र स्वीकार गरिन्छ।
openrosa-too-many-attempts = धेरै पटक लग इन असफल भयो। 15 मिनेट पर्खेर फेरि प्रयास गर्नुहोस्।
openrosa-server-error = सर्भरले फारम सेभ गर्न सकेन। यो अझै तपाईंको उपकरणमै छ: पछि फेरि पठाउनुहोस्।
openrosa-form-unknown = यो फारम यस उपकरणका लागि उपलब्ध छैन।
openrosa-form-unknown-id = यस उपकरणका लागि “{ $form }” ID भएको कुनै फारम प्रकाशित गरिएको छैन।
openrosa-version-unknown = फारम “{ $form }” को संस्करण “{ $version }” प्रकाशित गरिएको छैन। फारम फेरि डाउनलोड गरेर फेरि भर्नुहोस्।
openrosa-too-large = यो फारम { $limit } MB भन्दा ठूलो छ। एपको सेटिङमा गएर फोटो र भिडियोको आकार सानो बनाउनुहोस्।
openrosa-not-multipart = यो अनुरोध OpenRosa अनुसार पठाइएको फारम (multipart/form-data) होइन: { $detail }
openrosa-bad-file-name = “{ $name }” संलग्न फाइलको मान्य नाम होइन।
openrosa-no-document = अनुरोधमा फारम भएको xml_submission_file भाग छैन।
openrosa-no-form-id = पठाइएको फारमको मूल तत्वमा फारमको id एट्रिब्युट छैन।
openrosa-doctype = DOCTYPE घोषणा भएका फारमहरू अस्वीकार गरिन्छन्।
openrosa-malformed = पठाइएको फारम सही ढाँचाको कागजात होइन: { $detail }
openrosa-no-instance-id = पठाइएको फारममा meta/instanceID छैन, त्यसैले यसलाई सुरक्षित रूपमा सेभ गर्न सकिएन।
