email-signature = DataShift: msaada wa mtandaoni uliopangwa kwa mashirika ya kiraia
email-password-reset-subject = Weka nenosiri jipya la DataShift
email-password-reset-body =
    Habari { $name },

    Kuna mtu aliyeomba kubadilisha nenosiri la akaunti yako ya DataShift. Ili kuchagua nenosiri jipya, fungua kiungo hiki ndani ya saa mbili:

    { $link }

    Kama si wewe, puuza barua pepe hii: nenosiri lako litabaki kama lilivyo.
email-invitation-subject = { $inviter } anakualika ujiunge na { $organisation } kwenye DataShift
email-invitation-body =
    Habari,

    { $inviter } anakualika ujiunge na { $organisation } kwenye DataShift, ambapo shirika lako linajifunza kutumia data zinazokusanywa na wananchi katika kampeni zake.

    Fungua akaunti yako kwa kiungo hiki (kinafanya kazi kwa siku 14):

    { $link }
email-junior-confirm-subject = Je, unaweza kutoa { $percent }% ya muda wako kwa mafunzo ya DataShift?
email-junior-confirm-body =
    Habari { $name },

    { $organisation } imekuchagua kuwa mmoja wa wafanyakazi wawili watakaoshiriki mafunzo ya DataShift, kuanzia { $start } hadi { $end }.

    Mafunzo yanamtaka kila mmoja wenu atoe angalau { $percent }% ya muda wake katika wiki hizi mbili. Tafadhali fungua kiungo hiki na utuambie ni kiasi gani cha muda wako unaweza kutoa:

    { $link }
email-accepted-subject = { $organisation } imekubaliwa kujiunga na mafunzo ya DataShift
email-accepted-body =
    Habari { $name },

    Habari njema: { $organisation } imekubaliwa. Mkufunzi wenu ni { $builder }, na wiki mbili za mafunzo zinaanza tarehe { $start }.

    Angalia maelezo hapa:

    { $link }
email-builder-assigned-subject = Utaiongoza { $organisation }
email-builder-assigned-body =
    Habari { $name },

    Wewe ndiye mkufunzi wa { $organisation }. Wiki zao mbili za mafunzo zinaanza tarehe { $start }.

    Ombi lao na muhtasari wa utayari wao:

    { $link }
email-declined-subject = Ombi lako la DataShift kwa ajili ya { $organisation }
email-declined-body =
    Habari { $name },

    Asante kwa kuomba. Hatuwezi kuipa { $organisation } nafasi katika awamu hii. Meneja wa programu ameandika:

    { $message }

    Unaweza kusoma ombi hapa:

    { $link }
