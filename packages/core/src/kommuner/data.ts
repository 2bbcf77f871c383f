/**
 * Sweden's 290 kommuner and 21 regioner, as facts (names and codes are no one's copyright).
 *
 * Source: SCB's kommunkoder (kommun- och länsindelningen, as public listings of the codes give it in 2026):
 * the four-digit code (first two digits: the län) and the legal name "X kommun". The third column is the
 * name some kommuner use for themselves and that is equally right in a draft ("Stockholms stad", "Göteborgs
 * Stad", "Region Gotland"), taken from the kommuner's own websites; only the best-known ones are listed.
 * The regioner are listed by länskod with the names they use. The set of kommuner has been the same since
 * 2003 (Knivsta). Kept as text here (not JSON) so that a diff of a change reads like the listing itself.
 * Generated once from the listing; edit by hand when SCB's listing changes (test/kommuner.test.ts checks
 * count and a sample).
 */

/** kod, legal name, län, the name the kommun uses itself (may be empty); one kommun a line. */
export const KOMMUNER_TSV = `0114	Upplands Väsby kommun	Stockholms län
0115	Vallentuna kommun	Stockholms län
0117	Österåkers kommun	Stockholms län
0120	Värmdö kommun	Stockholms län
0123	Järfälla kommun	Stockholms län
0125	Ekerö kommun	Stockholms län
0126	Huddinge kommun	Stockholms län
0127	Botkyrka kommun	Stockholms län
0128	Salems kommun	Stockholms län
0136	Haninge kommun	Stockholms län
0138	Tyresö kommun	Stockholms län
0139	Upplands-Bro kommun	Stockholms län
0140	Nykvarns kommun	Stockholms län
0160	Täby kommun	Stockholms län
0162	Danderyds kommun	Stockholms län
0163	Sollentuna kommun	Stockholms län
0180	Stockholms kommun	Stockholms län	Stockholms stad
0181	Södertälje kommun	Stockholms län
0182	Nacka kommun	Stockholms län
0183	Sundbybergs kommun	Stockholms län	Sundbybergs stad
0184	Solna kommun	Stockholms län	Solna stad
0186	Lidingö kommun	Stockholms län	Lidingö stad
0187	Vaxholms kommun	Stockholms län	Vaxholms stad
0188	Norrtälje kommun	Stockholms län
0191	Sigtuna kommun	Stockholms län
0192	Nynäshamns kommun	Stockholms län
0305	Håbo kommun	Uppsala län
0319	Älvkarleby kommun	Uppsala län
0330	Knivsta kommun	Uppsala län
0331	Heby kommun	Uppsala län
0360	Tierps kommun	Uppsala län
0380	Uppsala kommun	Uppsala län
0381	Enköpings kommun	Uppsala län
0382	Östhammars kommun	Uppsala län
0428	Vingåkers kommun	Södermanlands län
0461	Gnesta kommun	Södermanlands län
0480	Nyköpings kommun	Södermanlands län
0481	Oxelösunds kommun	Södermanlands län
0482	Flens kommun	Södermanlands län
0483	Katrineholms kommun	Södermanlands län
0484	Eskilstuna kommun	Södermanlands län
0486	Strängnäs kommun	Södermanlands län
0488	Trosa kommun	Södermanlands län
0509	Ödeshögs kommun	Östergötlands län
0512	Ydre kommun	Östergötlands län
0513	Kinda kommun	Östergötlands län
0560	Boxholms kommun	Östergötlands län
0561	Åtvidabergs kommun	Östergötlands län
0562	Finspångs kommun	Östergötlands län
0563	Valdemarsviks kommun	Östergötlands län
0580	Linköpings kommun	Östergötlands län
0581	Norrköpings kommun	Östergötlands län
0582	Söderköpings kommun	Östergötlands län
0583	Motala kommun	Östergötlands län
0584	Vadstena kommun	Östergötlands län
0586	Mjölby kommun	Östergötlands län
0604	Aneby kommun	Jönköpings län
0617	Gnosjö kommun	Jönköpings län
0642	Mullsjö kommun	Jönköpings län
0643	Habo kommun	Jönköpings län
0662	Gislaveds kommun	Jönköpings län
0665	Vaggeryds kommun	Jönköpings län
0680	Jönköpings kommun	Jönköpings län
0682	Nässjö kommun	Jönköpings län
0683	Värnamo kommun	Jönköpings län
0684	Sävsjö kommun	Jönköpings län
0685	Vetlanda kommun	Jönköpings län
0686	Eksjö kommun	Jönköpings län
0687	Tranås kommun	Jönköpings län
0760	Uppvidinge kommun	Kronobergs län
0761	Lessebo kommun	Kronobergs län
0763	Tingsryds kommun	Kronobergs län
0764	Alvesta kommun	Kronobergs län
0765	Älmhults kommun	Kronobergs län
0767	Markaryds kommun	Kronobergs län
0780	Växjö kommun	Kronobergs län
0781	Ljungby kommun	Kronobergs län
0821	Högsby kommun	Kalmar län
0834	Torsås kommun	Kalmar län
0840	Mörbylånga kommun	Kalmar län
0860	Hultsfreds kommun	Kalmar län
0861	Mönsterås kommun	Kalmar län
0862	Emmaboda kommun	Kalmar län
0880	Kalmar kommun	Kalmar län
0881	Nybro kommun	Kalmar län
0882	Oskarshamns kommun	Kalmar län
0883	Västerviks kommun	Kalmar län
0884	Vimmerby kommun	Kalmar län
0885	Borgholms kommun	Kalmar län
0980	Gotlands kommun	Gotlands län	Region Gotland
1060	Olofströms kommun	Blekinge län
1080	Karlskrona kommun	Blekinge län
1081	Ronneby kommun	Blekinge län
1082	Karlshamns kommun	Blekinge län
1083	Sölvesborgs kommun	Blekinge län
1214	Svalövs kommun	Skåne län
1230	Staffanstorps kommun	Skåne län
1231	Burlövs kommun	Skåne län
1233	Vellinge kommun	Skåne län
1256	Östra Göinge kommun	Skåne län
1257	Örkelljunga kommun	Skåne län
1260	Bjuvs kommun	Skåne län
1261	Kävlinge kommun	Skåne län
1262	Lomma kommun	Skåne län
1263	Svedala kommun	Skåne län
1264	Skurups kommun	Skåne län
1265	Sjöbo kommun	Skåne län
1266	Hörby kommun	Skåne län
1267	Höörs kommun	Skåne län
1270	Tomelilla kommun	Skåne län
1272	Bromölla kommun	Skåne län
1273	Osby kommun	Skåne län
1275	Perstorps kommun	Skåne län
1276	Klippans kommun	Skåne län
1277	Åstorps kommun	Skåne län
1278	Båstads kommun	Skåne län
1280	Malmö kommun	Skåne län	Malmö stad
1281	Lunds kommun	Skåne län
1282	Landskrona kommun	Skåne län	Landskrona stad
1283	Helsingborgs kommun	Skåne län	Helsingborgs stad
1284	Höganäs kommun	Skåne län
1285	Eslövs kommun	Skåne län
1286	Ystads kommun	Skåne län
1287	Trelleborgs kommun	Skåne län
1290	Kristianstads kommun	Skåne län
1291	Simrishamns kommun	Skåne län
1292	Ängelholms kommun	Skåne län
1293	Hässleholms kommun	Skåne län
1315	Hylte kommun	Hallands län
1380	Halmstads kommun	Hallands län
1381	Laholms kommun	Hallands län
1382	Falkenbergs kommun	Hallands län
1383	Varbergs kommun	Hallands län
1384	Kungsbacka kommun	Hallands län
1401	Härryda kommun	Västra Götalands län
1402	Partille kommun	Västra Götalands län
1407	Öckerö kommun	Västra Götalands län
1415	Stenungsunds kommun	Västra Götalands län
1419	Tjörns kommun	Västra Götalands län
1421	Orusts kommun	Västra Götalands län
1427	Sotenäs kommun	Västra Götalands län
1430	Munkedals kommun	Västra Götalands län
1435	Tanums kommun	Västra Götalands län
1438	Dals-Eds kommun	Västra Götalands län
1439	Färgelanda kommun	Västra Götalands län
1440	Ale kommun	Västra Götalands län
1441	Lerums kommun	Västra Götalands län
1442	Vårgårda kommun	Västra Götalands län
1443	Bollebygds kommun	Västra Götalands län
1444	Grästorps kommun	Västra Götalands län
1445	Essunga kommun	Västra Götalands län
1446	Karlsborgs kommun	Västra Götalands län
1447	Gullspångs kommun	Västra Götalands län
1452	Tranemo kommun	Västra Götalands län
1460	Bengtsfors kommun	Västra Götalands län
1461	Melleruds kommun	Västra Götalands län
1462	Lilla Edets kommun	Västra Götalands län
1463	Marks kommun	Västra Götalands län
1465	Svenljunga kommun	Västra Götalands län
1466	Herrljunga kommun	Västra Götalands län
1470	Vara kommun	Västra Götalands län
1471	Götene kommun	Västra Götalands län
1472	Tibro kommun	Västra Götalands län
1473	Töreboda kommun	Västra Götalands län
1480	Göteborgs kommun	Västra Götalands län	Göteborgs Stad
1481	Mölndals kommun	Västra Götalands län	Mölndals stad
1482	Kungälvs kommun	Västra Götalands län
1484	Lysekils kommun	Västra Götalands län
1485	Uddevalla kommun	Västra Götalands län
1486	Strömstads kommun	Västra Götalands län
1487	Vänersborgs kommun	Västra Götalands län
1488	Trollhättans kommun	Västra Götalands län	Trollhättans Stad
1489	Alingsås kommun	Västra Götalands län
1490	Borås kommun	Västra Götalands län	Borås Stad
1491	Ulricehamns kommun	Västra Götalands län
1492	Åmåls kommun	Västra Götalands län
1493	Mariestads kommun	Västra Götalands län
1494	Lidköpings kommun	Västra Götalands län
1495	Skara kommun	Västra Götalands län
1496	Skövde kommun	Västra Götalands län
1497	Hjo kommun	Västra Götalands län
1498	Tidaholms kommun	Västra Götalands län
1499	Falköpings kommun	Västra Götalands län
1715	Kils kommun	Värmlands län
1730	Eda kommun	Värmlands län
1737	Torsby kommun	Värmlands län
1760	Storfors kommun	Värmlands län
1761	Hammarö kommun	Värmlands län
1762	Munkfors kommun	Värmlands län
1763	Forshaga kommun	Värmlands län
1764	Grums kommun	Värmlands län
1765	Årjängs kommun	Värmlands län
1766	Sunne kommun	Värmlands län
1780	Karlstads kommun	Värmlands län
1781	Kristinehamns kommun	Värmlands län
1782	Filipstads kommun	Värmlands län
1783	Hagfors kommun	Värmlands län
1784	Arvika kommun	Värmlands län
1785	Säffle kommun	Värmlands län
1814	Lekebergs kommun	Örebro län
1860	Laxå kommun	Örebro län
1861	Hallsbergs kommun	Örebro län
1862	Degerfors kommun	Örebro län
1863	Hällefors kommun	Örebro län
1864	Ljusnarsbergs kommun	Örebro län
1880	Örebro kommun	Örebro län
1881	Kumla kommun	Örebro län
1882	Askersunds kommun	Örebro län
1883	Karlskoga kommun	Örebro län
1884	Nora kommun	Örebro län
1885	Lindesbergs kommun	Örebro län
1904	Skinnskattebergs kommun	Västmanlands län
1907	Surahammars kommun	Västmanlands län
1960	Kungsörs kommun	Västmanlands län
1961	Hallstahammars kommun	Västmanlands län
1962	Norbergs kommun	Västmanlands län
1980	Västerås kommun	Västmanlands län	Västerås stad
1981	Sala kommun	Västmanlands län
1982	Fagersta kommun	Västmanlands län
1983	Köpings kommun	Västmanlands län
1984	Arboga kommun	Västmanlands län
2021	Vansbro kommun	Dalarnas län
2023	Malung-Sälens kommun	Dalarnas län
2026	Gagnefs kommun	Dalarnas län
2029	Leksands kommun	Dalarnas län
2031	Rättviks kommun	Dalarnas län
2034	Orsa kommun	Dalarnas län
2039	Älvdalens kommun	Dalarnas län
2061	Smedjebackens kommun	Dalarnas län
2062	Mora kommun	Dalarnas län
2080	Falu kommun	Dalarnas län
2081	Borlänge kommun	Dalarnas län
2082	Säters kommun	Dalarnas län
2083	Hedemora kommun	Dalarnas län
2084	Avesta kommun	Dalarnas län
2085	Ludvika kommun	Dalarnas län
2101	Ockelbo kommun	Gävleborgs län
2104	Hofors kommun	Gävleborgs län
2121	Ovanåkers kommun	Gävleborgs län
2132	Nordanstigs kommun	Gävleborgs län
2161	Ljusdals kommun	Gävleborgs län
2180	Gävle kommun	Gävleborgs län
2181	Sandvikens kommun	Gävleborgs län
2182	Söderhamns kommun	Gävleborgs län
2183	Bollnäs kommun	Gävleborgs län
2184	Hudiksvalls kommun	Gävleborgs län
2260	Ånge kommun	Västernorrlands län
2262	Timrå kommun	Västernorrlands län
2280	Härnösands kommun	Västernorrlands län
2281	Sundsvalls kommun	Västernorrlands län
2282	Kramfors kommun	Västernorrlands län
2283	Sollefteå kommun	Västernorrlands län
2284	Örnsköldsviks kommun	Västernorrlands län
2303	Ragunda kommun	Jämtlands län
2305	Bräcke kommun	Jämtlands län
2309	Krokoms kommun	Jämtlands län
2313	Strömsunds kommun	Jämtlands län
2321	Åre kommun	Jämtlands län
2326	Bergs kommun	Jämtlands län
2361	Härjedalens kommun	Jämtlands län
2380	Östersunds kommun	Jämtlands län
2401	Nordmalings kommun	Västerbottens län
2403	Bjurholms kommun	Västerbottens län
2404	Vindelns kommun	Västerbottens län
2409	Robertsfors kommun	Västerbottens län
2417	Norsjö kommun	Västerbottens län
2418	Malå kommun	Västerbottens län
2421	Storumans kommun	Västerbottens län
2422	Sorsele kommun	Västerbottens län
2425	Dorotea kommun	Västerbottens län
2460	Vännäs kommun	Västerbottens län
2462	Vilhelmina kommun	Västerbottens län
2463	Åsele kommun	Västerbottens län
2480	Umeå kommun	Västerbottens län
2481	Lycksele kommun	Västerbottens län
2482	Skellefteå kommun	Västerbottens län
2505	Arvidsjaurs kommun	Norrbottens län
2506	Arjeplogs kommun	Norrbottens län
2510	Jokkmokks kommun	Norrbottens län
2513	Överkalix kommun	Norrbottens län
2514	Kalix kommun	Norrbottens län
2518	Övertorneå kommun	Norrbottens län
2521	Pajala kommun	Norrbottens län
2523	Gällivare kommun	Norrbottens län
2560	Älvsbyns kommun	Norrbottens län
2580	Luleå kommun	Norrbottens län
2581	Piteå kommun	Norrbottens län
2582	Bodens kommun	Norrbottens län
2583	Haparanda kommun	Norrbottens län
2584	Kiruna kommun	Norrbottens län	`;

/** länskod, the regionen's name, län; one region a line. */
export const REGIONER_TSV = `01	Region Stockholm	Stockholms län
03	Region Uppsala	Uppsala län
04	Region Sörmland	Södermanlands län
05	Region Östergötland	Östergötlands län
06	Region Jönköpings län	Jönköpings län
07	Region Kronoberg	Kronobergs län
08	Region Kalmar län	Kalmar län
09	Region Gotland	Gotlands län
10	Region Blekinge	Blekinge län
12	Region Skåne	Skåne län
13	Region Halland	Hallands län
14	Västra Götalandsregionen	Västra Götalands län
17	Region Värmland	Värmlands län
18	Region Örebro län	Örebro län
19	Region Västmanland	Västmanlands län
20	Region Dalarna	Dalarnas län
21	Region Gävleborg	Gävleborgs län
22	Region Västernorrland	Västernorrlands län
23	Region Jämtland Härjedalen	Jämtlands län
24	Region Västerbotten	Västerbottens län
25	Region Norrbotten	Norrbottens län`;
