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
