# Fomu za wavuti: maneno ya jukwaa kuzunguka fomu iliyochapishwa (maandishi ya fomu yanatoka kwenye fomu yenyewe).
webform-submit = Tuma
webform-add = Ongeza nyingine
webform-remove = Ondoa
webform-remove-confirm = Uondoe kipengele hiki na majibu yake?
webform-language = Lugha ya fomu
webform-required = Swali hili linahitaji jibu.
webform-constraint = Jibu hili haliruhusiwi. Tafadhali liangalie tena.
webform-invalid-integer = Andika namba kamili.
webform-invalid-decimal = Andika namba.
webform-invalid-geo = Andika latitudo kati ya -90 na 90 na longitudo kati ya -180 na 180.
webform-errors = Baadhi ya majibu yanahitaji kuangaliwa. Tafadhali angalia maswali yaliyowekwa alama nyekundu.
webform-waiting = { $count ->
    [one] { webform-waiting-one }
   *[other] { webform-waiting-other }
}
webform-waiting-one = Fomu moja inasubiri kutumwa
webform-waiting-other = Fomu { $count } zinasubiri kutumwa
webform-failed = { $count ->
    [one] { webform-failed-one }
   *[other] { webform-failed-other }
}
webform-failed-one = Seva imekataa fomu moja:
webform-failed-other = Seva imekataa fomu { $count }:
webform-refused = Seva imekataa fomu hii.
webform-sent = Asante. Majibu yako yametumwa.
webform-saved = Majibu yako yamehifadhiwa kwenye simu hii. Yatatumwa mara mtandao utakapopatikana.
webform-preview-checked = Onyesho la awali: majibu yote yanafuata kanuni za fomu. Hakuna kilichotumwa wala kuhifadhiwa; chapisha fomu kutoka ukurasa wa fomu.
webform-retry = Jaribu tena
webform-offline = Huna mtandao. Unaweza kuendelea kujaza fomu: majibu yanabaki kwenye simu hii na yatatumwa utakaporudi mtandaoni.
webform-draft-restored = Majibu yako ambayo hayakukamilika yamerejeshwa.
webform-draft-discard = Anza upya
webform-geo-get = Pata mahali nilipo
webform-geo-waiting = Inatafuta mahali ulipo…
webform-geo-accuracy = Mahali pamepatikana, kwa usahihi wa mita { $accuracy }.
webform-geo-unavailable = Mahali ulipo hapakupatikana. Unaweza kupaandika hapa chini.
webform-geo-denied = Ruhusa ya kujua mahali imezimwa kwa ukurasa huu. Unaweza kuandika mahali ulipo hapa chini.
webform-geo-latitude = Latitudo
webform-geo-longitude = Longitudo
webform-geo-altitude = Mwinuko (m)
webform-geo-precision = Usahihi (m)
webform-geo-points = Nukta moja kwa kila mstari: latitudo kisha longitudo, kwa mfano 0.3476 32.5825
webform-file-remove = Ondoa faili
webform-rank-up = Peleka juu
webform-rank-down = Peleka chini
webform-rank-keep = Baki na mpangilio huu
webform-range-none = Bado hakuna thamani
webform-select-placeholder = Chagua…
webform-guidance = Maelezo zaidi
webform-noscript = Fomu hii inahitaji JavaScript. Tafadhali iwashe, au jaza fomu kwa programu ya ODK Collect.
webform-repeat-number = namba { $number }
webform-list-unavailable = Orodha ya machaguo haikuweza kupakiwa. Angalia mtandao wako kisha pakia ukurasa upya.
webform-back-to-submission = Rudi kwenye wasilisho
