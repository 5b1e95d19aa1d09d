email-signature = DataShift: नागरिक समाज संस्थाहरूका लागि अनलाइन संरचित सहयोग
email-password-reset-subject = आफ्नो DataShift पासवर्ड रिसेट गर्नुहोस्
email-password-reset-body =
    नमस्ते { $name },

    कसैले तपाईंको DataShift खाताको पासवर्ड रिसेट गर्न अनुरोध गर्नुभयो। नयाँ पासवर्ड छान्न दुई घण्टाभित्र यो लिङ्क खोल्नुहोस्:

    { $link }

    यदि यो तपाईं हुनुहुन्नथ्यो भने यो इमेललाई बेवास्ता गर्नुहोस्: तपाईंको पासवर्ड जस्ताको तस्तै रहन्छ।
email-invitation-subject = { $inviter } ले तपाईंलाई DataShift मा { $organisation } मा निम्तो दिनुभएको छ
email-invitation-body =
    नमस्ते,

    { $inviter } ले तपाईंलाई DataShift मा { $organisation } मा सामेल हुन निम्तो दिनुभएको छ, जहाँ तपाईंको संस्थाले आफ्ना अभियानहरूमा नागरिकले उत्पन्न गरेको डेटा प्रयोग गर्न सिक्छ।

    यो लिङ्कबाट आफ्नो खाता बनाउनुहोस् (यो 14 दिनसम्म चल्छ):

    { $link }
email-junior-confirm-subject = के तपाईं DataShift तालिमका लागि आफ्नो समयको { $percent }% दिन सक्नुहुन्छ?
email-junior-confirm-body =
    नमस्ते { $name },

    { $organisation } ले तपाईंलाई { $start } देखि { $end } सम्म हुने DataShift तालिममा भाग लिने दुई कर्मचारीमध्ये एकको रूपमा छान्नुभएको छ।

    तालिमले तपाईंहरू प्रत्येकलाई यी दुई हप्तामा आफ्नो समयको कम्तीमा { $percent }% दिन अनुरोध गर्छ। कृपया यो लिङ्क खोल्नुहोस् र आफ्नो समयको कति भाग दिन सक्नुहुन्छ, हामीलाई बताउनुहोस्:

    { $link }
email-accepted-subject = { $organisation } DataShift तालिममा स्वीकृत भयो
email-accepted-body =
    नमस्ते { $name },

    खुसीको खबर: { $organisation } स्वीकृत भएको छ। तपाईंको क्षमता विकासकर्ता { $builder } हुनुहुन्छ, र दुई हप्ताको तालिम { $start } मा सुरु हुन्छ।

    विवरण यहाँ हेर्नुहोस्:

    { $link }
email-builder-assigned-subject = तपाईंले { $organisation } लाई मार्गदर्शन गर्नुहुनेछ
email-builder-assigned-body =
    नमस्ते { $name },

    तपाईं { $organisation } को क्षमता विकासकर्ता हुनुहुन्छ। उनीहरूको दुई हप्ताको तालिम { $start } मा सुरु हुन्छ।

    उनीहरूको आवेदन र तयारीको सारांश:

    { $link }
email-declined-subject = { $organisation } का लागि तपाईंको DataShift आवेदन
email-declined-body =
    नमस्ते { $name },

    आवेदन दिनुभएकोमा धन्यवाद। यस चरणमा हामी { $organisation } लाई स्थान दिन सक्दैनौँ। कार्यक्रम व्यवस्थापकले लेख्नुभएको छ:

    { $message }

    तपाईं आवेदन यहाँ पढ्न सक्नुहुन्छ:

    { $link }
