# वेब फारम: प्रकाशित फारम वरिपरि प्लेटफर्मका आफ्नै शब्दहरू (फारमका पाठ फारमबाटै आउँछन्)।
webform-submit = पठाउनुहोस्
webform-add = अर्को थप्नुहोस्
webform-remove = हटाउनुहोस्
webform-remove-confirm = यो प्रविष्टि र यसका उत्तरहरू हटाउने हो?
webform-language = फारमको भाषा
webform-required = यो प्रश्नको उत्तर आवश्यक छ।
webform-constraint = यो उत्तर स्वीकार्य छैन। कृपया जाँच गर्नुहोस्।
webform-invalid-integer = पूर्ण सङ्ख्या लेख्नुहोस्।
webform-invalid-decimal = सङ्ख्या लेख्नुहोस्।
webform-invalid-geo = -90 देखि 90 बीचको अक्षांश र -180 देखि 180 बीचको देशान्तर लेख्नुहोस्।
webform-errors = केही उत्तरहरूमा ध्यान दिनुपर्छ। कृपया रातो चिन्ह लागेका प्रश्नहरू हेर्नुहोस्।
webform-waiting = { $count ->
    [one] { webform-waiting-one }
   *[other] { webform-waiting-other }
}
webform-waiting-one = एउटा फारम पठाउन बाँकी छ
webform-waiting-other = { $count } वटा फारम पठाउन बाँकी छन्
webform-failed = { $count ->
    [one] { webform-failed-one }
   *[other] { webform-failed-other }
}
webform-failed-one = सर्भरले एउटा फारम अस्वीकार गर्‍यो:
webform-failed-other = सर्भरले { $count } वटा फारम अस्वीकार गर्‍यो:
webform-refused = सर्भरले यो फारम अस्वीकार गर्‍यो।
webform-sent = धन्यवाद। तपाईंका उत्तरहरू पठाइए।
webform-saved = तपाईंका उत्तरहरू यो फोनमा सुरक्षित छन्। इन्टरनेट जोडिनेबित्तिकै पठाइनेछन्।
webform-preview-checked = पूर्वावलोकन: सबै उत्तरहरू फारमका नियम अनुसार छन्। केही पठाइएको वा राखिएको छैन; फारम पृष्ठबाट फारम प्रकाशित गर्नुहोस्।
webform-retry = फेरि प्रयास गर्नुहोस्
webform-offline = तपाईं अफलाइन हुनुहुन्छ। फारम भर्न जारी राख्न सक्नुहुन्छ: उत्तरहरू यो फोनमै रहन्छन् र इन्टरनेट फर्केपछि पठाइन्छन्।
webform-draft-restored = तपाईंका अधूरा उत्तरहरू फेरि ल्याइएका छन्।
webform-draft-discard = फेरि सुरु गर्नुहोस्
webform-geo-get = मेरो स्थान लिनुहोस्
webform-geo-waiting = तपाईंको स्थान खोज्दै…
webform-geo-accuracy = स्थान भेटियो, { $accuracy } मिटरसम्म सही।
webform-geo-unavailable = तपाईंको स्थान भेटिएन। तल आफैँ लेख्न सक्नुहुन्छ।
webform-geo-denied = यो पृष्ठका लागि स्थान पहुँच बन्द छ। तल आफ्नो स्थान लेख्न सक्नुहुन्छ।
webform-geo-latitude = अक्षांश
webform-geo-longitude = देशान्तर
webform-geo-altitude = उचाइ (मि.)
webform-geo-precision = शुद्धता (मि.)
webform-geo-points = प्रत्येक लाइनमा एउटा बिन्दु: पहिले अक्षांश अनि देशान्तर, जस्तै 27.7172 85.3240
webform-file-remove = फाइल हटाउनुहोस्
webform-rank-up = माथि सार्नुहोस्
webform-rank-down = तल सार्नुहोस्
webform-rank-keep = यही क्रम राख्नुहोस्
webform-range-none = अहिलेसम्म कुनै मान छैन
webform-select-placeholder = छान्नुहोस्…
webform-guidance = थप जानकारी
webform-noscript = यो फारमलाई JavaScript चाहिन्छ। कृपया यसलाई खोल्नुहोस्, वा ODK Collect एपबाट फारम भर्नुहोस्।
webform-repeat-number = नम्बर { $number }
webform-list-unavailable = छनोटहरूको सूची लोड हुन सकेन। इन्टरनेट जाँच गरी पृष्ठ फेरि लोड गर्नुहोस्।
webform-back-to-submission = पेश गरिएको फारममा फर्कनुहोस्
