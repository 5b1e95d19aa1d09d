# Data za fomu: kila swali kwa muhtasari juu ya mawasilisho yanayobaki baada ya vichujio.
data-title = Data za { $form }
data-table-link = Jedwali la mawasilisho
data-submissions = { $count ->
    [0] Hakuna wasilisho linalolingana na vichujio hivi.
    [one] Wasilisho moja.
   *[other] Mawasilisho { $count }.
}
data-answered = { $count ->
    [0] hakuna majibu
    [one] jibu moja
   *[other] majibu { $count }
}
data-skipped = { $count ->
    [one] wasilisho moja bila jibu
   *[other] mawasilisho { $count } bila jibu
}
data-in-repeat = huulizwa mara moja kwa kila marudio: kila moja linahesabiwa
data-mean = Wastani
data-median = Kipimo cha kati
data-min = Cha chini kabisa
data-max = Cha juu kabisa
data-quartiles = Nusu ya kati (robo ya kwanza hadi ya tatu)
data-standard-deviation = Mkengeuko sanifu
data-multiple-hint = Majibu kadhaa yangeweza kuchaguliwa, kwa hiyo asilimia zinazidi 100%.
data-distinct = { $count ->
    [one] jibu moja tofauti
   *[other] majibu { $count } tofauti
}
data-answer = Jibu
data-count = Idadi
data-share = Asilimia
data-unlisted = halimo kwenye machaguo ya fomu
data-link = Data: muhtasari wa kila swali
data-back = Rudi kwenye data
data-chart-download = Pakua chati:
data-chart-empty = Bado hakuna majibu
data-chart-answers = { $count ->
    [0] Hakuna majibu.
    [one] Jibu moja.
   *[other] Majibu { $count }.
}
data-chart-map-desc = { $count ->
    [0] Hakuna mahali.
    [one] Mahali pamoja kwenye ramani (latitudo, kisha longitudo, kutoka … hadi):
   *[other] Maeneo { $count } kwenye ramani (latitudo, kisha longitudo, kutoka … hadi):
}
data-chart-split-title = { $question } kwa { $by }
data-chart-split-desc = Kila upau ni kundi moja, limegawanywa kwa majibu yake (idadi):
data-chart-crosstab-desc = Kila upau ni jibu moja la swali la kwanza, limegawanywa kwa majibu ya swali la pili (asilimia kwa safu):
data-split-by = Gawa kila muhtasari kwa
data-split-none = (bila kugawa)
data-split-note = Kila muhtasari umegawanywa kwa “{ $question }”.
data-split-title = Kwa { $question }
data-split-summary = Katika kundi hili
data-split-most = mara nyingi zaidi { $answer } ({ $share })
data-refused-missing = Chagua maswali kwanza.
data-refused-unknown = Fomu hii haina swali hilo. Chagua moja kwenye orodha.
data-refused-not-select = Hapa yanatumika maswali yenye chaguo tu (chagua moja au chagua mengi). Chagua swali lingine.
data-refused-in-repeat = Swali hili liko ndani ya marudio, kwa hiyo lina majibu kadhaa kwa kila wasilisho na haliwezi kugawa mengine. Chagua swali lililo nje ya marudio.
data-refused-different-repeats = Maswali haya mawili yako katika marudio tofauti, kwa hiyo majibu yao hayawezi kuunganishwa. Chagua maswali mawili ya marudio yaleyale, au moja lililo nje ya marudio.
data-refused-same = Chagua maswali mawili tofauti.
data-refused-wrong-chart = Swali hili halina chati ya aina hiyo. Tumia viungo vya kupakua chini ya chati yake.
data-crosstab-link = Linganisha maswali mawili
data-crosstab-page-title = Linganisha maswali mawili ya { $form }
data-crosstab-title = { $rows } kwa { $columns }
data-crosstab-needs-two = Kulinganisha kunahitaji maswali mawili yenye chaguo; fomu hii ina machache zaidi.
data-crosstab-rows = Safu: swali la kwanza
data-crosstab-columns = Safu wima: swali la pili
data-crosstab-choose = Chagua swali
data-crosstab-show = Linganisha
data-crosstab-pairs = { $count ->
    [0] Hakuna jozi ya majibu.
    [one] Jozi moja ya majibu.
   *[other] Jozi { $count } za majibu.
}
data-crosstab-skipped = { $count ->
    [one] moja limeachwa (swali halikujibiwa)
   *[other] { $count } yameachwa (swali halikujibiwa)
}
data-crosstab-multiple = Swali moja linaruhusu majibu kadhaa: kila chaguo lililochaguliwa linahesabiwa, kwa hiyo mhojiwa mmoja anaweza kuhesabiwa zaidi ya mara moja na kipimo kilicho chini ni mwongozo tu.
data-crosstab-how-to-read = Kila kisanduku: idadi, kisha sehemu yake ya safu na sehemu yake ya safu wima.
data-crosstab-total = Jumla
data-chi-title = Je, majibu yanahusiana? (kipimo cha chi-mraba)
data-chi-statistic = Chi-mraba
data-chi-df = Viwango vya uhuru
data-chi-p = Thamani ya p
data-chi-related = Majibu ya maswali haya mawili yanaonekana kuhusiana: tofauti kubwa hivi ingetokea kwa bahati chini ya mara 5 katika 100 (p = { $p }). Inaonyesha uhusiano, si sababu.
data-chi-unrelated = Hakuna uhusiano wa wazi: tofauti hii ingeweza kutokea kwa bahati kwa urahisi (p = { $p }).
data-chi-unreliable = Si cha kuaminika: idadi nyingi mno zinazotarajiwa ni ndogo (visanduku { $small } kati ya { $cells } vinatarajia chini ya 5). Usitegemee kipimo hiki: kusanya majibu zaidi au unganisha chaguo.
data-chi-none = Hakuna kipimo: kila swali linahitaji angalau majibu mawili tofauti.
data-progress-title = Maendeleo kuelekea lengo lenu la SMART
data-progress-objective = Kiwango kinacholengwa: { $target } { $unit }.
data-progress-baseline = Hali ya mwanzo: { $baseline }.
data-progress-responses = Majibu { $count } kati ya { $target } ambayo utafiti wenu unalenga.
data-progress-responses-so-far = { $count ->
    [0] Bado hakuna majibu.
    [one] Jibu moja hadi sasa.
   *[other] Majibu { $count } hadi sasa.
}
data-progress-measure-choice = Majibu “{ $choice }” kwa “{ $question }”:
data-progress-measure-mean = Wastani wa “{ $question }”:
data-progress-measure-over = { $count ->
    [one] (kwa jibu moja)
   *[other] (kwa majibu { $count })
}
data-progress-way = { $share } ya njia kutoka hali ya mwanzo hadi lengo.
data-progress-unknown-question = Swali lililotajwa katika kazi yenu ya utafiti halimo katika fomu hii: angalia jina lake.
data-progress-unknown-choice = Chaguo lililotajwa katika kazi yenu ya utafiti si mojawapo ya chaguo za swali: angalia jina lake.
data-progress-not-measurable = Swali lililotajwa katika kazi yenu ya utafiti si namba wala swali lenye chaguo, kwa hiyo haliwezi kupima lengo.
data-progress-days-left = { $count ->
    [0] Tarehe ya mwisho ni leo.
    [one] Imebaki siku moja hadi tarehe ya mwisho.
   *[other] Zimebaki siku { $count } hadi tarehe ya mwisho.
}
data-progress-days-past = { $count ->
    [one] Tarehe ya mwisho ilipita jana.
   *[other] Tarehe ya mwisho ilipita siku { $count } zilizopita.
}
