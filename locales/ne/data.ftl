# फारामको डेटा: फिल्टरले राखेका पेशहरूमा हरेक प्रश्नको सारांश।
data-title = { $form } को डेटा
data-table-link = पेशहरूको तालिका
data-submissions = { $count ->
    [0] यी फिल्टरसँग मिल्ने कुनै पेश छैन।
    [one] एउटा पेश।
   *[other] { $count } पेशहरू।
}
data-answered = { $count ->
    [0] कुनै उत्तर छैन
    [one] एउटा उत्तर
   *[other] { $count } उत्तरहरू
}
data-skipped = { $count ->
    [one] उत्तर नभएको एउटा पेश
   *[other] उत्तर नभएका { $count } पेशहरू
}
data-in-repeat = हरेक दोहोरोमा एक पटक सोधिन्छ: हरेक गनिन्छ
data-mean = औसत
data-median = मध्यिका
data-min = सबैभन्दा कम
data-max = सबैभन्दा बढी
data-quartiles = बीचको आधा (पहिलोदेखि तेस्रो चतुर्थांशसम्म)
data-standard-deviation = मानक विचलन
data-multiple-hint = धेरै उत्तर छान्न मिल्थ्यो, त्यसैले प्रतिशतको जोड १००% भन्दा बढी हुन्छ।
data-distinct = { $count ->
    [one] एउटा फरक उत्तर
   *[other] { $count } फरक उत्तरहरू
}
data-answer = उत्तर
data-count = सङ्ख्या
data-share = प्रतिशत
data-unlisted = फारामका विकल्पमा छैन
data-link = डेटा: हरेक प्रश्नको सारांश
data-back = डेटामा फर्कनुहोस्
data-chart-download = चार्ट डाउनलोड गर्नुहोस्:
data-chart-empty = अहिलेसम्म कुनै उत्तर छैन
data-chart-answers = { $count ->
    [0] कुनै उत्तर छैन।
    [one] एउटा उत्तर।
   *[other] { $count } उत्तरहरू।
}
data-chart-map-desc = { $count ->
    [0] कुनै स्थान छैन।
    [one] नक्सामा एउटा स्थान (अक्षांश, त्यसपछि देशान्तर, … देखि … सम्म):
   *[other] नक्सामा { $count } स्थानहरू (अक्षांश, त्यसपछि देशान्तर, … देखि … सम्म):
}
data-chart-split-title = { $by } अनुसार { $question }
data-chart-split-desc = प्रत्येक पट्टी एउटा समूह हो, यसका उत्तरहरू अनुसार विभाजित (सङ्ख्या):
data-chart-crosstab-desc = प्रत्येक पट्टी पहिलो प्रश्नको एउटा उत्तर हो, दोस्रो प्रश्नका उत्तरहरू अनुसार विभाजित (पङ्क्ति प्रतिशत):
data-split-by = प्रत्येक सारांशलाई यस अनुसार विभाजन गर्नुहोस्
data-split-none = (विभाजन नगर्ने)
data-split-note = प्रत्येक सारांश “{ $question }” अनुसार विभाजित छ।
data-split-title = { $question } अनुसार
data-split-summary = यस समूहमा
data-split-most = प्रायः { $answer } ({ $share })
data-refused-missing = पहिले प्रश्नहरू छान्नुहोस्।
data-refused-unknown = यो फारममा त्यस्तो प्रश्न छैन। सूचीबाट एउटा छान्नुहोस्।
data-refused-not-select = यहाँ विकल्प भएका प्रश्नहरू (एउटा छान्ने वा धेरै छान्ने) मात्र प्रयोग गर्न सकिन्छ। अर्को प्रश्न छान्नुहोस्।
data-refused-in-repeat = यो प्रश्न दोहोरिने समूहभित्र छ, त्यसैले प्रत्येक पेशमा यसका धेरै उत्तर हुन्छन् र यसले अरूलाई विभाजन गर्न सक्दैन। दोहोरिने समूहबाहिरको प्रश्न छान्नुहोस्।
data-refused-different-repeats = यी दुई प्रश्न फरक दोहोरिने समूहमा छन्, त्यसैले तिनका उत्तरहरूको जोडी बनाउन सकिँदैन। एउटै दोहोरिने समूहका दुई प्रश्न, वा दोहोरिने समूहबाहिरको एउटा छान्नुहोस्।
data-refused-same = दुई फरक प्रश्न छान्नुहोस्।
data-refused-wrong-chart = यो प्रश्नको त्यस्तो प्रकारको चार्ट छैन। यसको चार्टमुनिका डाउनलोड लिङ्कहरू प्रयोग गर्नुहोस्।
data-crosstab-link = दुई प्रश्न तुलना गर्नुहोस्
data-crosstab-page-title = { $form } का दुई प्रश्न तुलना गर्नुहोस्
data-crosstab-title = { $columns } अनुसार { $rows }
data-crosstab-needs-two = तुलनाका लागि विकल्प भएका दुई प्रश्न चाहिन्छ; यो फारममा त्योभन्दा कम छन्।
data-crosstab-rows = पङ्क्तिहरू: पहिलो प्रश्न
data-crosstab-columns = स्तम्भहरू: दोस्रो प्रश्न
data-crosstab-choose = एउटा प्रश्न छान्नुहोस्
data-crosstab-show = तुलना गर्नुहोस्
data-crosstab-pairs = { $count ->
    [0] उत्तरहरूको कुनै जोडी छैन।
    [one] उत्तरहरूको एउटा जोडी।
   *[other] उत्तरहरूका { $count } जोडी।
}
data-crosstab-skipped = { $count ->
    [one] एउटा छुटाइयो (एउटा प्रश्नको उत्तर छैन)
   *[other] { $count } छुटाइए (एउटा प्रश्नको उत्तर छैन)
}
data-crosstab-multiple = एउटा प्रश्नमा धेरै उत्तर दिन मिल्छ: छानिएको प्रत्येक विकल्प गनिन्छ, त्यसैले एउटै उत्तरदाता एकभन्दा बढी पटक गनिन सक्छ र तलको परीक्षण मोटामोटी मार्गदर्शन मात्र हो।
data-crosstab-how-to-read = प्रत्येक कोठामा: सङ्ख्या, त्यसपछि पङ्क्तिमा यसको हिस्सा र स्तम्भमा यसको हिस्सा।
data-crosstab-total = जम्मा
data-chi-title = के उत्तरहरू सम्बन्धित छन्? (काई-स्क्वायर परीक्षण)
data-chi-statistic = काई-स्क्वायर
data-chi-df = स्वतन्त्रताका डिग्री
data-chi-p = p-मान
data-chi-related = दुई प्रश्नका उत्तरहरू सम्बन्धित देखिन्छन्: यति ठूलो भिन्नता संयोगले १०० मा ५ पटकभन्दा कम हुन्थ्यो (p = { $p })। यसले सम्बन्ध देखाउँछ, कारण होइन।
data-chi-unrelated = स्पष्ट सम्बन्ध छैन: यस्तो भिन्नता संयोगले सजिलै हुन सक्छ (p = { $p })।
data-chi-unreliable = भरपर्दो छैन: अपेक्षित सङ्ख्याहरू धेरै साना छन् ({ $cells } मध्ये { $small } कोठाले ५ भन्दा कम अपेक्षा गर्छन्)। यो परीक्षणमा भर नपर्नुहोस्: थप उत्तर सङ्कलन गर्नुहोस् वा विकल्पहरू मिलाउनुहोस्।
data-chi-none = परीक्षण छैन: प्रत्येक प्रश्नलाई कम्तीमा दुई फरक उत्तर चाहिन्छ।
data-progress-title = तपाईंको SMART उद्देश्यतर्फको प्रगति
data-progress-objective = लक्ष्य: { $target } { $unit }।
data-progress-baseline = आधार रेखा: { $baseline }।
data-progress-responses = तपाईंको सर्वेक्षणले लक्ष्य राखेका { $target } मध्ये { $count } उत्तरहरू।
data-progress-responses-so-far = { $count ->
    [0] अहिलेसम्म कुनै उत्तर छैन।
    [one] अहिलेसम्म एउटा उत्तर।
   *[other] अहिलेसम्म { $count } उत्तरहरू।
}
data-progress-measure-choice = “{ $question }” मा “{ $choice }” उत्तरहरू:
data-progress-measure-mean = “{ $question }” को औसत:
data-progress-measure-over = { $count ->
    [one] (एउटा उत्तरमा)
   *[other] ({ $count } उत्तरहरूमा)
}
data-progress-way = आधार रेखादेखि लक्ष्यसम्मको बाटोको { $share }।
data-progress-unknown-question = तपाईंको सर्वेक्षण डेलिभरेबलमा उल्लेख गरिएको प्रश्न यो फारममा छैन: यसको नाम जाँच गर्नुहोस्।
data-progress-unknown-choice = तपाईंको सर्वेक्षण डेलिभरेबलमा उल्लेख गरिएको विकल्प प्रश्नका विकल्पहरूमध्ये एक होइन: यसको नाम जाँच गर्नुहोस्।
data-progress-not-measurable = तपाईंको सर्वेक्षण डेलिभरेबलमा उल्लेख गरिएको प्रश्न न सङ्ख्या हो न विकल्प भएको प्रश्न, त्यसैले यसले उद्देश्य मापन गर्न सक्दैन।
data-progress-days-left = { $count ->
    [0] अन्तिम मिति आज हो।
    [one] अन्तिम मितिसम्म एक दिन बाँकी।
   *[other] अन्तिम मितिसम्म { $count } दिन बाँकी।
}
data-progress-days-past = { $count ->
    [one] अन्तिम मिति हिजो नाघ्यो।
   *[other] अन्तिम मिति { $count } दिन अघि नाघ्यो।
}
