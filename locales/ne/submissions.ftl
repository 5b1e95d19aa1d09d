# पेस गरिएका फारमहरूको समीक्षा: तालिका, एउटा पेस गरिएको फारम, समीक्षाका अवस्था, इतिहास र वेबहुक।

submissions-title = पेस गरिएका फारमहरू: { $form }
submissions-back-to-form = फारममा फर्कनुहोस्
submissions-back-to-table = { $form } का पेस गरिएका फारमहरूमा फर्कनुहोस्
submissions-webhooks-link = वेबहुक
submissions-none = मिल्ने कुनै पेस गरिएको फारम छैन।
submissions-total = { $count ->
    [0] कुनै पेस गरिएको फारम छैन
    [one] एउटा पेस गरिएको फारम
   *[other] { $count } वटा पेस गरिएका फारम
}
submissions-pages = पृष्ठहरू
submissions-previous = अघिल्लो पृष्ठ
submissions-next = अर्को पृष्ठ
submissions-page-of = { $pages } मध्ये पृष्ठ { $page }

submissions-filter-title = फिल्टर
submissions-filter-from = यस मितिदेखि प्राप्त
submissions-filter-to = यस मितिसम्म प्राप्त
submissions-filter-state = समीक्षाको अवस्था
submissions-filter-any = जुनसुकै
submissions-filter-collector = उपकरण वा लिङ्क
submissions-filter-pilot = पाइलट वा वास्तविक सङ्कलन
submissions-filter-pilot-all = दुवै
submissions-filter-pilot-live = वास्तविक सङ्कलन मात्र
submissions-filter-pilot-pilot = पाइलट मात्र
submissions-filter-deleted = मेटाइएका पेस गरिएका फारमहरू पनि देखाउनुहोस्
submissions-filter-field = प्रश्न
submissions-filter-field-none = जुनसुकै प्रश्न
submissions-filter-value = ठ्याक्कै यही उत्तर भएका
submissions-filter-apply = देखाउनुहोस्
submissions-filter-clear = फिल्टर हटाउनुहोस्
submissions-filter-bad-date = एउटा मिति पढ्न सकिएन, त्यसैले त्यसलाई फिल्टरमा समावेश गरिएन। मिति YYYY-MM-DD (वर्ष-महिना-दिन) को रूपमा लेख्नुहोस्।
submissions-filter-unknown-field = फारममा त्यो नामको कुनै फिल्ड छैन, त्यसैले ठ्याक्कै उत्तरको फिल्टर लागू गरिएन। सूचीबाट फिल्ड छान्नुहोस्।
submissions-filter-bad-value = त्यो मान फिल्डको प्रकारसँग मिल्दैन (पूर्ण संख्या, संख्या वा YYYY-MM-DD मा लेखिएको मिति), त्यसैले ठ्याक्कै उत्तरको फिल्टर लागू गरिएन।
submissions-field-in-repeat = { $label } (जुनसुकै दोहोरिने प्रविष्टि)

submissions-col-received = प्राप्त भएको समय
submissions-col-collector = पठाउने
submissions-col-state = समीक्षा
submissions-col-problems = समस्याहरू
submissions-deleted = मेटाइएको
submissions-pilot = पाइलट
submissions-edited = सम्पादित

submissions-state-received = समीक्षा नगरिएको
submissions-state-approved = स्वीकृत
submissions-state-has-issues = कैफियत भएको
submissions-state-rejected = अस्वीकृत

submissions-detail-title = पेस गरिएको फारम
submissions-deleted-notice = यो पेस गरिएको फारम मेटाइएको छ: पुनर्स्थापित नगरेसम्म यो तालिका र डाउनलोड गरिने डेटामा समावेश हुँदैन।
submissions-older-version = यो सम्पादन गरिएको पेस गरिएको फारमको पहिलेको संस्करण हो। समीक्षा सबैभन्दा नयाँ संस्करणमा गरिन्छ।
submissions-form-version = फारमको संस्करण
submissions-instance-id = Instance ID
submissions-edit = सम्पादन गर्नुहोस्
submissions-values-title = उत्तरहरू
submissions-values-none = कुनै पनि प्रश्नको उत्तर दिइएको छैन।
submissions-question = प्रश्न
submissions-answer = उत्तर
submissions-has-problem = यो उत्तर जाँच गर्नुहोस्
submissions-problems-title = { $count ->
    [one] एउटा समस्या
   *[other] { $count } वटा समस्या
}
submissions-problems-explained = पेस गरिएको फारम जसरी पठाइएको थियो, त्यसरी नै सेभ गरिएको छ। यी उत्तरहरूले फारमका नियम तोड्छन्; डेटा सङ्कलन गर्ने व्यक्तिसँग मिलेर तिनलाई जाँच गर्नुहोस्।
submissions-problem-wrong-type = उत्तर { $type } प्रकारको मान्य मान होइन।
submissions-problem-not-a-choice = “{ $value }” प्रश्नका छनोटहरूमध्ये एउटा होइन।
submissions-problem-required = एउटा अनिवार्य उत्तर छुटेको छ।
submissions-problem-required-message = एउटा अनिवार्य उत्तर छुटेको छ: { $message }
submissions-problem-constraint = उत्तरले प्रश्नको नियम तोड्छ।
submissions-problem-constraint-message = उत्तरले प्रश्नको नियम तोड्छ: { $message }
submissions-problem-unexpected = फारममा यस्तो प्रश्न छैन।
submissions-problem-expression = फारमको एउटा हिसाब गर्न सकिएन: { $detail }
submissions-problem-other = “{ $kind }” प्रकारको समस्या।

submissions-files-title = फाइलहरू
submissions-file-missing = अहिलेसम्म प्राप्त भएको छैन

submissions-history-title = इतिहास
submissions-history-none = प्राप्त भएदेखि यो पेस गरिएको फारममा केही पनि भएको छैन।
submissions-someone = कुनै व्यक्ति
submissions-event-reviewed = { $name } ले समीक्षाको अवस्था “{ $state }” मा राख्नुभयो।
submissions-event-commented = { $name } ले टिप्पणी गर्नुभयो।
submissions-event-deleted = { $name } ले पेस गरिएको फारम मेटाउनुभयो।
submissions-event-restored = { $name } ले पेस गरिएको फारम पुनर्स्थापित गर्नुभयो।
submissions-event-edited = { $instance } को सट्टामा नयाँ संस्करण प्राप्त भयो।

submissions-review-title = समीक्षा
submissions-review-state = समीक्षाको अवस्था
submissions-review-comment = टिप्पणी
submissions-review-comment-hint = ऐच्छिक। के जाँच्नुपर्ने वा सच्याउनुपर्ने हो, लेख्नुहोस्।
submissions-review-save = समीक्षा सेभ गर्नुहोस्
submissions-review-pick-state = समीक्षाको अवस्था छान्नुहोस्।
submissions-comment-title = टिप्पणी थप्नुहोस्
submissions-comment-label = टिप्पणी
submissions-comment-save = टिप्पणी थप्नुहोस्
submissions-comment-empty = पहिले टिप्पणी लेख्नुहोस्।
submissions-comment-too-long = टिप्पणी धेरै लामो भयो (बढीमा 2000 अक्षर)।

submissions-versions-title = संस्करणहरू
submissions-version-shown = यहाँ देखाइएको
submissions-version-current = सबैभन्दा नयाँ

submissions-delete-title = मेटाउनुहोस्
submissions-delete-explained = मेटाइएको पेस गरिएको फारम तालिका र डाउनलोड गरिने डेटाबाट हट्छ। यसलाई पुनर्स्थापित गर्न सकिन्छ।
submissions-delete = यो पेस गरिएको फारम मेटाउनुहोस्
submissions-restore = यो पेस गरिएको फारम पुनर्स्थापित गर्नुहोस्
submissions-xml = प्राप्त भएकै रूपमा पेस गरिएको फारम (XML)

webhooks-title = वेबहुक
webhooks-intro = वेबहुकले यो फारमको हरेक नयाँ वा सम्पादन गरिएको पेस गरिएको फारम आइपुग्नेबित्तिकै JSON रूपमा तपाईंको आफ्नै प्रणालीको ठेगानामा पठाउँछ।
webhooks-added = वेबहुक थपियो
webhooks-secret-explained = हरेक अनुरोधमा X-DataShift-Signature हेडर हुन्छ: sha256= र त्यसपछि यो गोप्य कुञ्जी प्रयोग गरी निकालिएको अनुरोधको बडीको HMAC-SHA256, हेक्साडेसिमलमा। डेटा DataShift बाटै आएको हो भनी निश्चित हुन यसलाई जाँच गर्नुहोस्।
webhooks-secret-shown-once = गोप्य कुञ्जी अहिले नै कपी गर्नुहोस्: यो फेरि देखाइने छैन।
webhooks-list-title = ठेगानाहरू
webhooks-none = अहिलेसम्म कुनै वेबहुक छैन।
webhooks-delivered-count = { $count ->
    [one] एउटा पुर्‍याइयो
   *[other] { $count } वटा पुर्‍याइयो
}
webhooks-pending-count = { $count ->
    [one] एउटा पर्खिँदै
   *[other] { $count } वटा पर्खिँदै
}
webhooks-failed-count = { $count ->
    [one] एउटाको प्रयास रोकियो
   *[other] { $count } वटाको प्रयास रोकियो
}
webhooks-last-error = अन्तिम त्रुटि: { $error }
webhooks-retry = अहिले फेरि प्रयास गर्नुहोस्
webhooks-remove = हटाउनुहोस्
webhooks-deliveries-title = हालैका डेलिभरीहरू
webhooks-col-created = लाइनमा राखिएको समय
webhooks-col-event = घटना
webhooks-col-url = ठेगाना
webhooks-col-attempts = प्रयासहरू
webhooks-col-state = अवस्था
webhooks-delivered = पुर्‍याइयो
webhooks-gave-up = प्रयास रोकियो
webhooks-retrying = असफल भयो; अर्को प्रयास: { $time }
webhooks-waiting = पर्खिँदै
webhooks-add-title = वेबहुक थप्नुहोस्
webhooks-url = ठेगाना (URL)
webhooks-url-hint = POST अनुरोधहरू स्वीकार गर्ने तपाईंको प्रणालीको https:// ठेगाना।
webhooks-url-invalid = https:// वा http:// बाट सुरु हुने पूरा ठेगाना लेख्नुहोस्।
webhooks-url-private = वेबहुकहरू सार्वजनिक इन्टरनेट ठेगानामा मात्र पठाइन्छन्: यो ठेगाना निजी सञ्जालमा छ वा यही सर्भर हो।
webhooks-add = वेबहुक थप्नुहोस्
