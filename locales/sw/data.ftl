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
