# व्यक्तिगत तथ्याङ्क: कसबाट के लुकाइन्छ, फारामको गोपनीयता पृष्ठ, लेखापरीक्षण अभिलेख।
personal-filter-refused = ठ्याक्कै उत्तरको फिल्टर लागू गरिएन: त्यो प्रश्नमा व्यक्तिगत तथ्याङ्क छ, जुन तपाईंले छद्मनामका रूपमा मात्र देख्नुहुन्छ।
personal-value-removed = (हटाइयो: व्यक्तिगत तथ्याङ्क)
personal-protected = व्यक्तिगत तथ्याङ्क, छद्मनाममा
personal-xml-hidden = पठाइएको कागजात देखाइँदैन: यसमा व्यक्तिगत तथ्याङ्क छ, जुन तपाईंले छद्मनामका रूपमा मात्र देख्नुहुन्छ वा देख्नुहुन्न।
nav-audit = लेखापरीक्षण अभिलेख
privacy-link = व्यक्तिगत तथ्याङ्क
privacy-title = व्यक्तिगत तथ्याङ्क
privacy-intro = कुन उत्तरहरू व्यक्तिगत तथ्याङ्क हुन्, उत्तरदाताले सहमति दिनुपर्छ कि पर्दैन, र व्यक्तिगत उत्तर तथा फाइलहरू कति समय राखिन्छन् भन्ने निर्णय गर्नुहोस्। यस संस्थाको टोलीले मात्र व्यक्तिगत उत्तर देख्छ; क्षमता निर्माणकर्ता र कार्यक्रम व्यवस्थापकले छद्मनाम (एउटै उत्तरका लागि एउटै कोड) देख्छन्, स्थान र रेकर्डिङ देख्दैनन्। व्यक्तिगत तथ्याङ्कको हरेक हेराइ र निर्यात लेखापरीक्षण अभिलेखमा लेखिन्छ।
privacy-saved = सुरक्षित गरियो।
privacy-dry-run-title = मेटाउनुअघि जाँच्नुहोस्
privacy-dry-run-text = व्यक्तिगत तथ्याङ्क { $days } दिन राख्नु भनेको { $before } अघि प्राप्त सबै कुरा अहिले नै मेटाइनु हो। यति कुरा जानेछ:
privacy-dry-run-submissions = { $count ->
    [one] एउटा पेशको व्यक्तिगत उत्तर र फाइलहरू
   *[other] { $count } वटा पेशका व्यक्तिगत उत्तर र फाइलहरू
}
privacy-dry-run-values = { $count ->
    [one] एउटा व्यक्तिगत उत्तर
   *[other] { $count } वटा व्यक्तिगत उत्तर
}
privacy-dry-run-files = फाइलहरू: { $count } ({ $megabytes } MB)
privacy-dry-run-oldest = सबैभन्दा पुरानो { $when } मा प्राप्त
privacy-dry-run-final = मेटाइएको फिर्ता ल्याउन सकिँदैन। अन्य उत्तरहरू रहन्छन्।
privacy-dry-run-confirm = यो अवधि राख्नुहोस् र अहिले मेटाउनुहोस्
privacy-dry-run-cancel = रद्द गर्नुहोस्
privacy-fields-title = व्यक्तिगत क्षेत्रहरू
privacy-fields-explained = नाम, फोन नम्बर, इमेल ठेगाना, परिचय नम्बर, स्थान र रेकर्डिङ पूर्वनिर्धारित रूपमा व्यक्तिगत हुन्। पहिले XLSForm को pii स्तम्भ (yes वा no) ले निर्णय गर्छ; यहाँको तपाईंको छनोटले दुवैमाथि निर्णय गर्छ।
privacy-col-default = निर्णय नभएमा
privacy-col-treat = यसरी मान्नुहोस्
privacy-reason-none = व्यक्तिगत होइन
privacy-reason-pii = व्यक्तिगत: XLSForm को pii स्तम्भले यस्तो भन्छ
privacy-reason-location = व्यक्तिगत: स्थान वा रेकर्डिङ
privacy-reason-name = व्यक्तिगत: यसको नामले नाम, सम्पर्क वा परिचय नम्बर भएको जनाउँछ
privacy-reason-type = व्यक्तिगत: फोन नम्बर वा उपकरणको पहिचान
privacy-treat-label = { $question } लाई यसरी मान्नुहोस्
privacy-treat-default = निर्णय नभएझैँ
privacy-treat-personal = व्यक्तिगत
privacy-treat-not = व्यक्तिगत होइन
privacy-is-personal = व्यक्तिगत
privacy-fields-save = व्यक्तिगत क्षेत्रहरू सुरक्षित गर्नुहोस्
privacy-consent-title = सहमति र राख्ने अवधि
privacy-consent-label = सहमतिको प्रश्न
privacy-consent-hint = यो उत्तर नभएका पेशहरूले व्यक्तिगत उत्तर र व्यक्तिगत प्रश्नका फाइलहरू राख्दैनन्।
privacy-consent-none = सहमतिको प्रश्न छैन
privacy-consent-unknown = यस फारामको कुनै प्रश्नको उत्तर छान्नुहोस्।
privacy-retention-label = व्यक्तिगत उत्तर र फाइलहरू राख्ने अवधि (दिन)
privacy-retention-hint = राखिराख्न खाली छोड्नुहोस्। यति दिनपछि तिनलाई हरेक घण्टा मेटाइन्छ; अन्य उत्तरहरू रहन्छन्।
privacy-retention-invalid = १ देखि ३६५३ (दस वर्ष) सम्मको पूर्ण दिन संख्या लेख्नुहोस्, वा खाली छोड्नुहोस्।
privacy-settings-save = सहमति र राख्ने अवधि सुरक्षित गर्नुहोस्
privacy-retention-next = अर्को घण्टाको मेटाइ पर्खिरहेका पेशहरू: { $count }।
privacy-audit-link = यस फारामको लेखापरीक्षण अभिलेख
audit-title = व्यक्तिगत तथ्याङ्कको लेखापरीक्षण अभिलेख
audit-intro = व्यक्तिगत तथ्याङ्कको हरेक हेराइ र निर्यात, हरेक मेटाइ र के व्यक्तिगत हो भन्ने हरेक परिवर्तन, नयाँ पहिले।
audit-count = { $count ->
    [one] एउटा प्रविष्टि
   *[other] { $count } वटा प्रविष्टि
}
audit-all-forms = सबै फारामहरू
audit-none = अहिलेसम्म केही लेखिएको छैन।
audit-col-when = कहिले
audit-col-who = को
audit-col-form = फाराम
audit-col-action = के
audit-col-detail = विवरण
audit-action-view = हेर्नुभयो
audit-action-export = निर्यात गर्नुभयो
audit-action-purge = मेटाउनुभयो
audit-action-settings = सेटिङ बदल्नुभयो
audit-by-the-platform = प्लेटफर्म (राख्ने अवधि वा कमान्ड लाइन)
