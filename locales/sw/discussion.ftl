# Majadiliano: majibu ya maswali ya moduli, majibu kwa majibu hayo, ujumbe wa mafunzo, na jinsi
# barua pepe za majadiliano zinavyofika.
discussion-title = Majadiliano
discussion-with-builder = Mkufunzi: { $name }
discussion-messages = Ujumbe
discussion-message-count = { $count ->
    [0] Bado hakuna ujumbe
    [one] Ujumbe mmoja
   *[other] Jumbe { $count }
}
discussion-last-message = wa mwisho { $time }
discussion-messages-hint = Kwa mambo mengine yote: mpango, simu za video, jinsi kazi inavyoendelea.
discussion-modules = Maswali ya majadiliano
discussion-modules-hint = Timu hujibu maswali ya kila moduli; mkufunzi hutoa maoni.
discussion-day = Siku ya { $day }
discussion-answer-count = { $count ->
    [0] bado hakuna majibu
    [one] jibu moja
   *[other] majibu { $count }
}
discussion-settings-link = Chagua jinsi barua pepe za majadiliano zinavyokufikia
discussion-read-module = Soma moduli
discussion-read-only = Unaweza kusoma majadiliano haya; ni timu ya shirika na mkufunzi wake tu wanaoandika humu.
discussion-question = Swali la { $number }
discussion-no-answers = Bado hakuna majibu.
discussion-your-answer = Jibu la timu yako
discussion-post-answer = Tuma jibu
discussion-body-hint = Maandishi ya kawaida, hadi herufi 4,000; mistari mipya inabaki.
discussion-role-builder = mkufunzi
discussion-reply-count = { $count ->
    [one] Jibu moja
   *[other] Majibu { $count }
}
discussion-reply = Jibu
discussion-your-reply = Jibu lako
discussion-post-reply = Tuma jibu lako
discussion-no-messages = Bado hakuna kitu hapa. Anzisha mazungumzo hapa chini.
discussion-new-message = Andika ujumbe
discussion-your-message = Ujumbe wako
discussion-post-message = Tuma ujumbe
discussion-error-empty = Andika kitu kabla ya kutuma.
discussion-error-long = Hii ni ndefu mno: isizidi herufi 4,000.
discussion-settings-title = Barua pepe za majadiliano
discussion-settings-saved = Chaguo lako limehifadhiwa.
discussion-settings-intro = Mtu anapoandika katika majadiliano unayoshiriki, tunakutumia barua pepe. Chagua jinsi gani.
discussion-settings-legend = Nitumie
discussion-settings-now = Barua pepe kwa kila chapisho
discussion-settings-now-hint = Mara tu mtu anapoandika.
discussion-settings-daily = Barua pepe moja kwa siku
discussion-settings-daily-hint = Muhtasari wa kila siku, muda mfupi baada ya saa sita usiku (UTC), wenye kila kitu kilichoandikwa siku iliyotangulia.
discussion-settings-starts = Muhtasari wa kila siku unaanza { $date }; hadi wakati huo, kila chapisho bado linakuja katika barua pepe yake.
discussion-settings-error = Chagua mojawapo ya njia hizi mbili.
discussion-settings-save = Hifadhi
discussion-digest-answer = { $author } alijibu swali la { $number } la “{ $module }”, { $time }:
discussion-digest-reply = { $author } alitoa jibu kwenye swali la { $number } la “{ $module }”, { $time }:
discussion-digest-message = { $author } aliandika katika ujumbe, { $time }:
email-discussion-answer-subject = { $author } alijibu swali la “{ $module }”
email-discussion-answer-body =
    Habari { $name },

    { $author } wa { $organisation } alijibu swali hili la moduli “{ $module }”:

    { $question }

    Jibu:

    { $body }

    Lisome na ujibu hapa:

    { $link }

    Ili kupokea barua pepe moja tu kwa siku, badilisha mipangilio yako: { $settings }
email-discussion-reply-subject = { $author } alitoa jibu kwenye “{ $module }”
email-discussion-reply-body =
    Habari { $name },

    Katika mafunzo ya { $organisation }, { $author } alitoa jibu katika majadiliano ya moduli “{ $module }”, kuhusu swali hili:

    { $question }

    Jibu:

    { $body }

    Soma mazungumzo na ujibu hapa:

    { $link }

    Ili kupokea barua pepe moja tu kwa siku, badilisha mipangilio yako: { $settings }
email-discussion-message-subject = Ujumbe mpya kutoka kwa { $author } kwenye DataShift
email-discussion-message-body =
    Habari { $name },

    Katika mafunzo ya { $organisation }, { $author } aliandika:

    { $body }

    Soma ujumbe na ujibu hapa:

    { $link }

    Ili kupokea barua pepe moja tu kwa siku, badilisha mipangilio yako: { $settings }
email-discussion-digest-subject = Muhtasari wako wa kila siku wa majadiliano ya DataShift
email-discussion-digest-body =
    Habari { $name },

    Haya ndiyo yaliyoandikwa katika majadiliano yako tangu muhtasari wako uliopita:

    { $posts }

    Ili kupokea barua pepe kwa kila chapisho badala yake, badilisha mipangilio yako: { $settings }
