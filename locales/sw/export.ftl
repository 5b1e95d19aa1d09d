# Kuhamisha majibu ya fomu (ukurasa wa kuhamisha, uhamishaji wa chinichini, makosa).
export-link = Hamisha data
export-title = Hamisha data ya { $form }
export-data-link = Rudi kwenye data
export-format = Muundo
export-format-csv = CSV (ZIP yenye CSV moja kwa kila jedwali fomu ikiwa na marudio)
export-format-xlsx = Kitabu cha Excel (XLSX), karatasi moja kwa kila jedwali
export-format-geojson = GeoJSON: maeneo yaliyojibiwa, kwa ramani
export-format-zip = ZIP yenye majedwali ya CSV na picha na faili nyingine zilizopokelewa
export-values = Majibu kama
export-values-names = Thamani (majina ya machaguo, majina ya maswali kama vichwa)
export-values-labels = Lebo (lebo za machaguo na za maswali)
export-language = Lugha ya lebo
export-multiple = Maswali yenye majibu kadhaa
export-multiple-together = Katika safu moja
export-multiple-split = Safu moja kwa kila chaguo (1 au 0)
export-anonymise = Ficha utambulisho wa data binafsi
export-anonymise-hint = Majibu binafsi yanakuwa majina bandia (mtu yule yule hupata lile lile kila mara) na maeneo na rekodi za sauti huachwa, hata kama unaruhusiwa kuziona. Tumia hii kwa faili utakayoshiriki.
export-download = Pakua
export-unknown-format = Muundo huo wa kuhamisha haujulikani. Chagua CSV, XLSX, GeoJSON au ZIP.
export-large-title = Uhamishaji mkubwa
export-large-body = { $count ->
    [one] Uhamishaji huu una jibu moja, zaidi ya yanayopakuliwa mara moja. Uandae chinichini: unaweza kuondoka kwenye ukurasa huu na kurudi kuchukua faili.
   *[other] Uhamishaji huu una majibu { $count }, zaidi ya yanayopakuliwa mara moja. Uandae chinichini: unaweza kuondoka kwenye ukurasa huu na kurudi kuchukua faili.
}
export-large-start = Andaa faili chinichini
export-jobs-title = Uhamishaji wako
export-jobs-kept = Faili huhifadhiwa kwa siku 7, kisha hufutwa.
export-job-asked = Iliombwa
export-job-progress = Maendeleo
export-job-queued = Inasubiri kuanza
export-job-running = Inaandaliwa
export-job-done = Iko tayari
export-job-failed = Imeshindikana
export-job-download = Pakua
export-error-failed = Uhamishaji haukuweza kukamilika. Jaribu tena; ukishindikana tena, waambie timu ya programu.
export-error-too-many-rows = Jedwali lina safu nyingi kuliko karatasi ya Excel inavyoweza kubeba (1,048,576). Hamisha kama CSV badala yake, au chuja majibu.
export-error-no-access = Huna tena ruhusa ya kuona fomu hii, kwa hiyo uhamishaji haukufanywa.
export-error-filters = Vichujio vya uhamishaji huu havikuweza kusomwa, kwa hiyo haukufanywa.
