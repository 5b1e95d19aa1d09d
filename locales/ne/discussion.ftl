# छलफल: मोड्युलका प्रश्नहरूका उत्तर, तिनमा जवाफ, तालिमका सन्देशहरू, र छलफलका इमेल कसरी आउँछन्।
discussion-title = छलफल
discussion-with-builder = क्षमता विकासकर्ता: { $name }
discussion-messages = सन्देशहरू
discussion-message-count = { $count ->
    [0] अहिलेसम्म कुनै सन्देश छैन
    [one] एउटा सन्देश
   *[other] { $count } सन्देश
}
discussion-last-message = पछिल्लो { $time } मा
discussion-messages-hint = अरू सबै कुराका लागि: योजना, कलहरू, काम कस्तो चल्दैछ।
discussion-modules = छलफलका प्रश्नहरू
discussion-modules-hint = टोलीले हरेक मोड्युलका प्रश्नहरूको उत्तर दिन्छ; क्षमता विकासकर्ताले जवाफ दिनुहुन्छ।
discussion-day = दिन { $day }
discussion-answer-count = { $count ->
    [0] अहिलेसम्म उत्तर छैन
    [one] एउटा उत्तर
   *[other] { $count } उत्तर
}
discussion-settings-link = छलफलका इमेल तपाईंकहाँ कसरी आउने भनेर छान्नुहोस्
discussion-read-module = मोड्युल पढ्नुहोस्
discussion-read-only = तपाईं यो छलफल पढ्न सक्नुहुन्छ; यसमा संस्थाको टोली र उसको क्षमता विकासकर्ताले मात्र लेख्छन्।
discussion-question = प्रश्न { $number }
discussion-no-answers = अहिलेसम्म कुनै उत्तर छैन।
discussion-your-answer = तपाईंको टोलीको उत्तर
discussion-post-answer = उत्तर पठाउनुहोस्
discussion-body-hint = सादा पाठ, ४,००० अक्षरसम्म; नयाँ लाइनहरू जस्ताको तस्तै रहन्छन्।
discussion-role-builder = क्षमता विकासकर्ता
discussion-reply-count = { $count ->
    [one] एउटा जवाफ
   *[other] { $count } जवाफ
}
discussion-reply = जवाफ दिनुहोस्
discussion-your-reply = तपाईंको जवाफ
discussion-post-reply = जवाफ पठाउनुहोस्
discussion-no-messages = यहाँ अहिलेसम्म केही छैन। तल कुराकानी सुरु गर्नुहोस्।
discussion-new-message = सन्देश लेख्नुहोस्
discussion-your-message = तपाईंको सन्देश
discussion-post-message = सन्देश पठाउनुहोस्
discussion-error-empty = पठाउनुअघि केही लेख्नुहोस्।
discussion-error-long = यो धेरै लामो भयो: बढीमा ४,००० अक्षर।
discussion-settings-title = छलफलका इमेलहरू
discussion-settings-saved = तपाईंको छनोट सुरक्षित भयो।
discussion-settings-intro = तपाईं सहभागी भएको छलफलमा कसैले लेख्दा हामी तपाईंलाई इमेल पठाउँछौं। कसरी भनेर छान्नुहोस्।
discussion-settings-legend = मलाई पठाउनुहोस्
discussion-settings-now = हरेक पोस्टका लागि एउटा इमेल
discussion-settings-now-hint = कसैले लेख्नेबित्तिकै।
discussion-settings-daily = दिनमा एउटा इमेल
discussion-settings-daily-hint = दैनिक सारांश, मध्यरात (UTC) लगत्तै, अघिल्लो दिन लेखिएका सबै कुराको सूचीसहित।
discussion-settings-starts = दैनिक सारांश { $date } देखि सुरु हुन्छ; त्यतिन्जेल हरेक पोस्ट छुट्टै इमेलमा आइरहन्छ।
discussion-settings-error = दुईमध्ये एउटा विकल्प छान्नुहोस्।
discussion-settings-save = सुरक्षित गर्नुहोस्
discussion-digest-answer = { $author } ले “{ $module }” को प्रश्न { $number } को उत्तर दिनुभयो, { $time }:
discussion-digest-reply = { $author } ले “{ $module }” को प्रश्न { $number } मा जवाफ दिनुभयो, { $time }:
discussion-digest-message = { $author } ले सन्देशहरूमा लेख्नुभयो, { $time }:
email-discussion-answer-subject = { $author } ले “{ $module }” को एउटा प्रश्नको उत्तर दिनुभयो
email-discussion-answer-body =
    नमस्ते { $name },

    { $organisation } का { $author } ले “{ $module }” मोड्युलको यो प्रश्नको उत्तर दिनुभयो:

    { $question }

    उत्तर:

    { $body }

    यहाँ पढ्नुहोस् र जवाफ दिनुहोस्:

    { $link }

    यसको सट्टा दिनमा एउटा मात्र इमेल पाउन आफ्नो सेटिङ बदल्नुहोस्: { $settings }
email-discussion-reply-subject = { $author } ले “{ $module }” मा जवाफ दिनुभयो
email-discussion-reply-body =
    नमस्ते { $name },

    { $organisation } को तालिममा, { $author } ले “{ $module }” मोड्युलको छलफलमा यो प्रश्नबारे जवाफ दिनुभयो:

    { $question }

    जवाफ:

    { $body }

    कुराकानी पढ्नुहोस् र यहाँ जवाफ दिनुहोस्:

    { $link }

    यसको सट्टा दिनमा एउटा मात्र इमेल पाउन आफ्नो सेटिङ बदल्नुहोस्: { $settings }
email-discussion-message-subject = DataShift मा { $author } को नयाँ सन्देश
email-discussion-message-body =
    नमस्ते { $name },

    { $organisation } को तालिममा, { $author } ले लेख्नुभयो:

    { $body }

    सन्देशहरू पढ्नुहोस् र यहाँ जवाफ दिनुहोस्:

    { $link }

    यसको सट्टा दिनमा एउटा मात्र इमेल पाउन आफ्नो सेटिङ बदल्नुहोस्: { $settings }
email-discussion-digest-subject = DataShift छलफलको तपाईंको दैनिक सारांश
email-discussion-digest-body =
    नमस्ते { $name },

    तपाईंको पछिल्लो सारांशपछि तपाईंका छलफलहरूमा लेखिएका कुराहरू यी हुन्:

    { $posts }

    यसको सट्टा हरेक पोस्टका लागि इमेल पाउन आफ्नो सेटिङ बदल्नुहोस्: { $settings }
