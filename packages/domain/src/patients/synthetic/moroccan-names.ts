/**
 * Synthetic name catalogue (pure data): Moroccan given names by sex and family names, each with its Arabic script
 * form, a relative frequency and the Latin spelling variants seen in records (DOMAIN.md §7). Frequencies are
 * plausible orders of magnitude from general knowledge, not measured counts (to confirm against civil status data).
 * The northern family names (Bakkali, Khamlichi, Temsamani, Afilal…) are weighted up for Tanger-Tétouan-Al Hoceima.
 * M'hamed is its own name, never a variant of Mohamed. Line format: `Latin|Arabic|weight|variant,variant`.
 */
import { parseNameTable, type NameEntry } from './parse-name-table';

const maleGivenNames = `
Mohamed|محمد|1000|Mohammed,Mohamad,Mohammad,Muhammad,Mouhamed,Med,Mhd
Ahmed|أحمد|320|Ahmad,Ahmet
Abdellah|عبد الله|240|Abdallah,Abdelah,Abdellah,Abdel Lah,Abdullah
Youssef|يوسف|220|Yousef,Youssouf,Yusuf,Youcef,Yossef
Hassan|حسن|190|Hasan,Hassane,Hacen
Rachid|رشيد|180|Rashid,Rachide
Mustapha|مصطفى|170|Mostafa,Moustapha,Mustafa,Mostapha
Said|سعيد|170|Saïd,Saeed,Sayed,Saide
Abdeslam|عبد السلام|120|Abdesalam,Abdessalam,Abdeslem,Abdel Salam
Abdelkader|عبد القادر|110|Abdelqader,Abdelkadir,Abdel Kader,Abdelkhader
Ali|علي|110|Aly,Alli
Khalid|خالد|110|Khaled,Khalide
Driss|إدريس|100|Idriss,Idris,Dris
Omar|عمر|100|Omer,Oumar,Umar
Abdelaziz|عبد العزيز|90|Abdelaaziz,Abdel Aziz,Abdlaziz
Karim|كريم|90|Kareem,Krim
Hamid|حميد|90|Hameed,Hamide
Abderrahim|عبد الرحيم|80|Abderahim,Abdel Rahim,Abdrrahim
Mohamed Amine|محمد أمين|80|Mohammed Amine,Med Amine,Mohamed-Amine,Mohamedamine
Hicham|هشام|80|Hisham,Hichame,Hichem
Abdelkhalek|عبد الخالق|60|Abdelkhaleq,Abdel Khalek
Brahim|إبراهيم|70|Ibrahim,Brahime,Ibrahime
Adil|عادل|70|Adel
Yassine|ياسين|70|Yacine,Yasin,Yassin
Hamza|حمزة|70|Hamzah
Ayoub|أيوب|70|Ayyoub,Ayoube,Ayub
Amine|أمين|70|Amin
Abderrahmane|عبد الرحمان|60|Abderahmane,Abdel Rahman,Abderrahman,Abdrahman
Lahcen|لحسن|60|Lahsen,Lahssen,Lhassan
Mehdi|المهدي|60|Mahdi,El Mehdi,Elmehdi
Anas|أنس|60|Anass
Adam|آدم|60|Adame
Zakaria|زكرياء|60|Zakariae,Zakariya,Zacharia,Zakariyae
Nabil|نبيل|60|Nabile
Aziz|عزيز|60|Azize
Jamal|جمال|60|Jamale,Djamal
Abdelhak|عبد الحق|50|Abdelhaq,Abdel Hak
Abdelali|عبد العالي|50|Abdel Ali,Abd El Ali,Abdelaali
Larbi|العربي|50|Elarbi,Arbi,Laarbi
Ilyas|إلياس|50|Ilias,Elias,Ilyass
Rayan|ريان|50|Rayane,Ryan
Othmane|عثمان|50|Othman,Otmane,Osmane,Outhmane
Soufiane|سفيان|50|Soufyane,Sofiane,Sufian
Ismail|إسماعيل|50|Ismael,Smail,Ismaïl
Tarik|طارق|50|Tariq,Tarek
Noureddine|نور الدين|50|Nourdine,Nour Eddine,Noreddine,Nourddine
Abdelkrim|عبد الكريم|50|Abdelkarim,Abdel Karim
Oussama|أسامة|50|Ossama,Usama,Oussema
Younes|يونس|50|Younesse,Yunus,Younouss
Mouad|معاذ|30|Mouaad,Muad
Abdelilah|عبد الإله|40|Abdelillah,Abdel Ilah
Abdelmajid|عبد المجيد|40|Abdelmjid,Abdel Majid
Abdelhamid|عبد الحميد|40|Abdel Hamid,Abdelhamide
Abdellatif|عبد اللطيف|40|Abdelatif,Abdel Latif
Abdessamad|عبد الصمد|40|Abdesamad,Abdel Samad
Bilal|بلال|40|Bilel
Imad|عماد|40|Imade,Emad
Samir|سمير|40|Samire
Houcine|الحسين|40|Hossine,Lhoucine,Hussein,Houssine
Redouane|رضوان|40|Radouane,Redwane,Ridouan
Mourad|مراد|40|Murad
Marouane|مروان|40|Marwane,Marwan
Reda|رضا|40|Rida,Ridha
Aymane|أيمن|40|Ayman,Aimane
Achraf|أشرف|40|Ashraf
M'hamed|امحمد|40|Mhamed,M'Hamed,Mhammed
Kamal|كمال|30|Kamale
Abderrazak|عبد الرزاق|30|Abderrazaq,Abderazak,Abdel Razak
Abdelouahed|عبد الواحد|30|Abdelwahed,Abdel Ouahed
Abdelghani|عبد الغني|30|Abdelghny,Abdel Ghani
Abdelmalek|عبد المالك|30|Abdelmalik,Abdel Malek
Abdeljalil|عبد الجليل|30|Abdel Jalil
Badr|بدر|30|Badre,Badr Eddine
Bouchaib|بوشعيب|30|Bouchaïb,Bouchaaib
Lhoussaine|لحسين|30|Lhoussain,Lahoucine
Mbarek|مبارك|30|Mubarak,M'barek
Miloud|ميلود|30|Mouloud
Tayeb|الطيب|30|Taieb,Tayyeb,Taib
Allal|علال|30|Alal
Kacem|قاسم|30|Qassem,Kassem,Qacem
Salah|صلاح|30|Salh
Fouad|فؤاد|30|Fuad
Hakim|حكيم|30|Hakime
Azzeddine|عز الدين|30|Azeddine,Izzeddine,Ezzeddine
Saad|سعد|30|Saâd
Taha|طه|30|Taha
Walid|وليد|30|Oualid,Waleed
Yahya|يحيى|30|Yahia,Yahiya
Anouar|أنور|30|Anwar
Zouhair|زهير|30|Zouheir,Zuhair
Mounir|منير|30|Mounire
Hafid|حفيظ|30|Hafed,Hafidh
Jaouad|جواد|30|Jawad
Taoufik|توفيق|30|Toufik,Tawfiq
Mohssine|محسن|30|Mohcine,Mohsine,Mohsin
Abdelhafid|عبد الحفيظ|20|Abdelhafidh,Abdel Hafid
Abdelfattah|عبد الفتاح|20|Abdel Fattah,Abdelfatah
Abdelouahab|عبد الوهاب|20|Abdelwahab
Abdelhadi|عبد الهادي|20|Abdel Hadi
Lahbib|لحبيب|20|Habib,Lhabib
Mokhtar|المختار|20|Mukhtar,Lmokhtar
Thami|التهامي|20|Touhami,Tuhami
Jilali|الجيلالي|20|Djilali,Jillali
Mimoun|ميمون|20|Maimoun
Moussa|موسى|20|Mousa,Musa
Khalil|خليل|20|Khalile
Nizar|نزار|20|Nizare
Wassim|وسيم|20|Wassime,Wasim
Amir|أمير|20|Amire
Yasser|ياسر|20|Yasir
Sami|سامي|20|Samy
Hatim|حاتم|20|Hatem
Aissa|عيسى|20|Aïssa,Issa
Boubker|بوبكر|20|Boubaker,Boubakr
Haitam|هيثم|20|Haitham,Haytam
Adnane|عدنان|20|Adnan
Najib|نجيب|20|Najibe
Souhail|سهيل|20|Souhayl,Suhail
Mohamed Ali|محمد علي|20|Mohammed Ali,Med Ali
Mohamed Yassine|محمد ياسين|20|Mohammed Yassine,Med Yassine
Mohamed Reda|محمد رضا|20|Mohammed Reda,Med Reda
Mohamed Taha|محمد طه|15|Mohammed Taha
Boujemaa|بوجمعة|15|Boujamaa,Boujmaa
Maati|المعطي|15|Lmaati,El Maati
Abdelkabir|عبد الكبير|15|Abdel Kabir
Abdelmounaim|عبد المنعم|15|Abdelmounim,Abdel Moneim
Abdelhakim|عبد الحكيم|15|Abdel Hakim
Abdelmoula|عبد المولى|15|Abdelmoulah
Mfaddal|المفضل|15|Mfadel,El Mfaddal
Ayachi|العياشي|15|Layachi,El Ayachi
Hammou|حمو|15|Hamou
Mahjoub|محجوب|15|Mahjoube
Chafik|شفيق|15|Chafiq,Shafiq
Nassim|نسيم|15|Nassime,Nasim
Sohaib|صهيب|15|Souhaib,Suhaib
Akram|أكرم|15|Akrame
Yazid|يزيد|15|Yazide
Faycal|فيصل|15|Fayçal,Faisal
Jalal|جلال|15|Jalale
Bouchta|بوشتى|15|
Abdelbasset|عبد الباسط|10|Abdelbaset
Abdelmoughit|عبد المغيث|10|Abdelmoghit
Abdelghafour|عبد الغفور|10|Abdelghafor
Ghali|غالي|10|Ghaly
Hmida|حميدة|10|Hmeida
Amjad|أمجد|10|Amjade
Ouadie|وديع|10|Wadie,Wadii
Zakariya Amine|زكرياء أمين|5|Zakaria Amine
Ahmed Amine|أحمد أمين|10|Ahmad Amine
Mohamed Said|محمد سعيد|10|Mohammed Said,Med Said
Elias Adam|إلياس آدم|5|Ilyas Adam
Hassan Amine|حسن أمين|5|Hasan Amine
Abdenbi|عبد النبي|15|Abdennabi,Abdel Nabi
Abdennour|عبد النور|15|Abdenour,Abdel Nour
Slimane|سليمان|15|Soulaimane,Souleiman,Sulaiman
`;

const femaleGivenNames = `
Fatima|فاطمة|650|Fatema,Fatma,Fatim,Fattouma
Khadija|خديجة|320|Khadidja,Khadouja,Khadijah
Aicha|عائشة|290|Aïcha,Aisha,Aycha,Aicha
Fatima Zahra|فاطمة الزهراء|260|Fatima-Zahra,Fatimazahra,Fatim-Zahra,Fatima Ezzahra,Zahra
Naima|نعيمة|210|Naïma,Naeema,Nayma
Malika|مليكة|200|Malka,Mallika
Zineb|زينب|190|Zaynab,Zeinab,Zainab,Zaineb
Meryem|مريم|150|Maryam,Meriem,Mariam,Mariem
Imane|إيمان|120|Iman,Imen,Eimane
Latifa|لطيفة|110|Latefa,Ltifa
Saida|سعيدة|110|Saïda,Saeeda
Rachida|رشيدة|110|Rashida,Rachda
Nadia|نادية|110|Nadya
Hanane|حنان|100|Hanan,Hananne
Salma|سلمى|100|Selma
Souad|سعاد|90|Soad,Suad
Samira|سميرة|90|Semira
Karima|كريمة|90|Kareema
Asmae|أسماء|90|Asmaa,Asma,Asmâa
Amina|أمينة|80|Aminah,Amena
Bouchra|بشرى|80|Bochra,Boushra
Sanae|سناء|80|Sanaa,Sana
Hafsa|حفصة|80|Hafssa,Hafça
Sara|سارة|80|Sarah,Sarra
Hayat|حياة|70|Hayate
Loubna|لبنى|70|Lubna
Ilham|إلهام|70|Elham,Ilhame
Siham|سهام|70|Sihame
Khaoula|خولة|70|Khawla,Kaoula
Chaimae|شيماء|70|Chaima,Chaymae,Shaimaa
Hasna|حسناء|60|Hasnae,Hasnaa
Houda|هدى|60|Hoda,Huda
Wafae|وفاء|60|Ouafae,Wafaa,Wafa
Amal|أمل|60|Amale
Najat|نجاة|60|Najate
Mina|مينة|60|Mina
Laila|ليلى|60|Leila,Layla,Leyla
Sara Lina|سارة لينا|5|Sara-Lina
Ikram|إكرام|60|Ikrame
Oumaima|أميمة|60|Oumayma,Omaima,Umaima
Hiba|هبة|60|Heba
Yasmine|ياسمين|60|Yasmina,Yasmin,Jasmine
Kawtar|كوثر|60|Kaoutar,Kawthar,Kaoutare
Soukaina|سكينة|60|Soukayna,Sokaina,Sukaina
Fatiha|فتيحة|60|Fatyha
Hajar|هاجر|60|Hajare,Hagar
Aya|آية|60|Ayah
Malak|ملاك|60|Malake
Zahra|الزهراء|50|Zohra,Ezzahra
Zohra|زهرة|50|Zahra,Zhor
Rkia|رقية|50|Rokaya,Rqia,Roukia
Touria|ثريا|50|Thouria,Thuraya,Soraya
Halima|حليمة|50|Halime
Jamila|جميلة|50|Jamilla,Djamila
Nezha|نزهة|50|Nozha
Ghizlane|غزلان|50|Ghizlan,Ghislane
Manal|منال|50|Manale
Soumia|سمية|50|Soumaya,Soumiya,Sumaya
Saadia|سعدية|50|Saâdia,Saadiya
Lina|لينا|50|Lyna
Douaa|دعاء|50|Doaa,Douae
Halima Zahra|حليمة الزهراء|5|Halima-Zahra
Habiba|حبيبة|40|Habeeba
Fadma|فاضمة|40|Fadema,Fadna
Yamna|يمنى|40|Yamina,Yemna
Aziza|عزيزة|40|Azziza
Nisrine|نسرين|40|Nesrine,Nisrin
Nada|ندى|40|Nadaa
Marwa|مروة|40|Marwa,Maroua
Wiam|وئام|40|Ouiam,Wiame
Ibtissam|ابتسام|40|Btissam,Ebtissam
Majda|ماجدة|40|Majeda
Mouna|منى|40|Mona,Muna
Naoual|نوال|40|Nawal,Naouale
Safae|صفاء|40|Safaa,Safa
Sofia|صوفيا|40|Sofiya,Sophia
Rania|رانيا|40|Ranya
Kenza|كنزة|40|
Ghita|غيثة|40|Ghitha,Rita
Fouzia|فوزية|40|Fawzia,Fouziya
Rabia|ربيعة|40|Rabiaa,Rbia
Yousra|يسرى|40|Yosra,Yusra
Nouhaila|نهيلة|40|Nouhayla,Nohaila
Dounia|دنيا|40|Donia,Dunia
Fatna|فاطنة|40|Fatena
Rajae|رجاء|40|Rajaa,Raja
Hanae|هناء|40|Hanaa,Hana
Mimouna|ميمونة|30|Maimouna
Hadda|حادة|30|Hada
Salima|سليمة|30|Selima
Samia|سامية|30|Samiya
Mounia|منية|30|Mouniya,Monia
Hakima|حكيمة|30|Hakeema
Zakia|زكية|30|Zakiya
Najoua|نجوى|30|Najwa
Sabah|صباح|30|Sabbah
Fadoua|فدوى|30|Fadwa
Jihane|جيهان|30|Jihan
Lamia|لمياء|30|Lamiae,Lamyaa
Hafida|حفيظة|30|Hafeeda
Zoubida|زبيدة|30|Zobida,Zubaida
Rahma|رحمة|30|
Saloua|سلوى|30|Salwa
Houria|حورية|30|Hourya,Houriya
Assia|آسية|30|Asia,Assiya
Farah|فرح|30|Farrah
Rim|ريم|30|Reem,Rime
Widad|وداد|30|Ouidad,Wedad
Basma|بسمة|30|Bassma
Inas|إيناس|30|Ines,Inès
Khadouj|خدوج|20|Khaddouj
Batoul|البتول|20|Betoul,Batool
Hamida|حميدة|20|Hmida
Mbarka|مباركة|20|M'barka,Mubaraka
Nassima|نسيمة|20|Nasima
Nora|نورة|30|Noura,Nura
Nour|نور|30|Nor,Nur
Hind|هند|60|Hend
Chama|شامة|20|
Yasmina|ياسمينة|20|Yassmina
Meriem Zahra|مريم الزهراء|5|Meryem-Zahra
Itto|إطو|15|Ito
Tamou|تامو|15|Tammou
Mimount|ميمونت|15|Mimounte
Thraya|تريا|10|Traya
Fettouma|فطومة|15|Fattouma,Fetouma
Zahira|زهيرة|15|Zaheera
Ouissal|وصال|20|Wissal,Wisal
Rihab|رحاب|20|Rehab
Maha|مها|20|Mahaa
Siham Zahra|سهام الزهراء|3|Siham-Zahra
Nadira|نادرة|10|Nadera
Souhaila|سهيلة|20|Souhayla,Suhaila
Narjis|نرجس|20|Narjiss,Narjes
Aicha Zahra|عائشة الزهراء|5|Aicha-Zahra
Khadija Zahra|خديجة الزهراء|3|Khadija-Zahra
Ferdaous|فردوس|20|Firdaous,Ferdaouss
Chorouk|شروق|15|Chourouk,Shorouk
Nihad|نهاد|15|Nehad
Lalla Fatima|لالة فاطمة|5|Lala Fatima,Fatima
Lalla Khadija|لالة خديجة|3|Lala Khadija,Khadija
Fatiha Zahra|فتيحة الزهراء|2|Fatiha-Zahra
Zineb Zahra|زينب الزهراء|2|Zineb-Zahra
Oumnia|أمنية|15|Oumniya,Omnia
Israe|إسراء|20|Israa,Isra
Aya Zahra|آية الزهراء|2|Aya-Zahra
Hiba Zahra|هبة الزهراء|2|Hiba-Zahra
`;

const familyNames = `
El Idrissi|الإدريسي|30|Elidrissi,Al Idrissi,Idrissi,El Drissi,Drissi
Alaoui|العلوي|30|El Alaoui,Elalaoui,Allaoui,Alaoui
El Bakkali|البقالي|28|Bakkali,Elbakkali,El Bakali,Baqqali
El Amrani|العمراني|20|Elamrani,Al Amrani,Amrani,Lamrani
Amrani|عمراني|15|Omrani,Amrane
Tahiri|الطاهري|15|Ettahiri,Taheri,Et-Tahiri
Mansouri|المنصوري|15|El Mansouri,Elmansouri,Mansoury
El Alami|العلمي|15|Alami,Elalami,Al Alami
Bennani|بناني|15|Benani,Ben Nani
Ouazzani|الوزاني|12|El Ouazzani,Wazzani,Ouazani,Elouazzani
Benjelloun|بنجلون|10|Ben Jelloun,Benjeloun
Tazi|التازي|10|Ettazi,Tazzi,Et-Tazi
El Khamlichi|الخمليشي|10|Khamlichi,Elkhamlichi
El Haddad|الحداد|10|Haddad,Elhaddad
Naciri|الناصري|10|Nasiri,Ennaciri,En-Naciri,Nassiri
El Yousfi|اليوسفي|10|Yousfi,Elyousfi,Youssfi
Benali|بنعلي|10|Ben Ali,Benaly
Filali|الفيلالي|10|El Filali,Elfilali
Kadiri|القادري|10|El Kadiri,Qadiri,Elkadiri
El Hassani|الحسني|10|Hassani,Elhassani,Hasani
Berrada|برادة|8|Berada,Berrada
Chraibi|الشرايبي|8|Cheraibi,Chraïbi,Chraybi
Er-Rachidi|الراشدي|8|Errachidi,El Rachidi,Rachidi,Er Rachidi
Temsamani|التمسماني|8|Tamsamani,Temsemani,Temsamany
El Ouahabi|الوهابي|8|Ouahabi,El Wahabi,Elouahabi
Bouzidi|البوزيدي|8|El Bouzidi,Bouzidy
Zerouali|الزروالي|8|Zeroual,Zerwali,Ezzerouali
El Hajji|الحجي|8|Hajji,Elhajji,El Hadji
Chaoui|الشاوي|8|Echaoui,Chawi
Soussi|السوسي|8|Essoussi,Sousi
El Gharbi|الغربي|8|Gharbi,Elgharbi
El Khattabi|الخطابي|8|Khattabi,Elkhattabi,El Khatabi
Azzouzi|العزوزي|8|El Azzouzi,Azouzi
Moussaoui|الموساوي|8|El Moussaoui,Mousaoui
El Mrabet|المرابط|8|Mrabet,Elmrabet,Mourabit
Saidi|السعيدي|8|Essaidi,Es-Saidi,Saïdi
Amri|العمري|8|El Amri,Omari,Elamri
Benaissa|بنعيسى|6|Ben Aissa,Benaïssa
Benomar|بنعمر|6|Ben Omar
Benmoussa|بنموسى|6|Ben Moussa,Benmousa
Benkirane|بنكيران|6|Ben Kirane
Bensaid|بنسعيد|6|Ben Said,Bensaïd
Benabdellah|بنعبد الله|6|Ben Abdellah,Benabdallah
Belhaj|بلحاج|6|Belhadj,Bel Haj
Bouazza|بوعزة|6|Bouaza
Boukhari|البخاري|6|El Boukhari,Bukhari
El Mokhtari|المختاري|6|Mokhtari,Elmokhtari
Kettani|الكتاني|6|El Kettani,Ketani
Jebli|الجبلي|6|El Jebli,Jbli
Ahmadi|الأحمدي|6|El Ahmadi,Ahmady
El Hamdaoui|الحمداوي|6|Hamdaoui,Elhamdaoui
Ismaili|الإسماعيلي|6|El Ismaili,Smaili,Ismaïli
Daoudi|الداودي|6|Eddaoudi,Ed-Daoudi,Daoudy
Sbai|السباعي|6|Essbai,Sbaï
Hilali|الهلالي|6|El Hilali,Hilaly
Ben Ajiba|بن عجيبة|6|Benajiba
Ziani|الزياني|6|Ezziani,Zyani
Mesbahi|المصباحي|5|El Mesbahi,Misbahi
Tijani|التجاني|5|Tijjani,Ettijani
Bouziane|بوزيان|5|Bouzian
Kasmi|القاسمي|5|El Kasmi,Qasmi
Nouri|النوري|5|Ennouri,Nory
Jabri|الجابري|5|El Jabri,Jabry
Mahmoudi|المحمودي|5|El Mahmoudi,Mahmoudy
Hamidi|الحميدي|5|El Hamidi,Hamidy
Salhi|الصالحي|5|Essalhi,Salihi
Zaidi|الزايدي|5|Ezzaidi,Zaydi
Charif|الشريف|5|Chrif,Cherif,Echarif
Raissouni|الريسوني|5|Raisouni,Raïssouni
Ouriaghli|الورياغلي|5|El Ouriaghli,Ouriagli
El Aroussi|العروسي|5|Laaroussi,Aroussi
Doukkali|الدكالي|5|Doukali,Eddoukkali
Sahraoui|الصحراوي|5|Sahrawi,Essahraoui
Rifi|الريفي|5|Errifi,Er-Rifi
Marrakchi|المراكشي|5|El Marrakchi,Marrakshi
Chergui|الشرقي|6|Echergui,Cherqui
Benchekroun|بنشقرون|5|Ben Chekroun
Benslimane|بنسليمان|5|Ben Slimane
Benhaddou|بنحدو|5|Ben Haddou
Benbrahim|بنبراهيم|5|Ben Brahim
Benhammou|بنحمو|5|Ben Hammou
El Hammouti|الحموتي|4|Hammouti,Elhammouti
Afilal|أفيلال|4|Afillal
Akalay|أقلاي|3|Akallay
Bennouna|بنونة|3|Benouna
Torres|طريس|3|Tores
Lebbadi|اللبادي|3|Labbadi
El Harrak|الحراق|5|Harrak,Elharrak
Semlali|السملالي|4|Essemlali
El Khalfi|الخلفي|4|Khalfi
Lamghari|المغاري|4|El Maghari
Bouhlal|بوهلال|4|Bouhelal
Benaboud|بنعبود|4|Ben Aboud
Bouabid|بوعبيد|4|Bouabide
El Ayadi|العيادي|4|Ayadi,Elayadi
Ouardi|الوردي|4|El Ouardi,Wardi
Bakri|البكري|4|El Bakri
Zahri|الزهري|4|Ezzahri,Zohri
Jazouli|الجزولي|4|El Jazouli,Jazuli
Karimi|الكريمي|4|El Karimi
Rahmouni|الرحموني|4|Errahmouni
Ouali|الوالي|4|El Ouali,Wali
El Hassouni|الحسوني|4|Hassouni
Kabbaj|القباج|4|Kabaj
Sefrioui|الصفريوي|4|Sefriwi
Fikri|فكري|4|Fekri
Jaafari|الجعفري|4|Jaafary,El Jaafari
Abbadi|العبادي|4|El Abbadi,Abadi
Fadili|الفضيلي|4|El Fadili
Haddou|حدو|4|Hadou
Lakhdar|لخضر|4|Lakhder
Hajjaj|الحجاج|4|Hajaj,El Hajjaj
Tetouani|التطواني|4|Ettetouani,Titouani
Tanjaoui|الطنجاوي|4|Tanjawi
Slaoui|السلاوي|4|Eslaoui,Slawi
Meknassi|المكناسي|4|Meknasi
Ait Ali|آيت علي|5|Aitali,Ait-Ali,Aït Ali
Ait Said|آيت سعيد|4|Aitsaid,Ait-Said,Aït Said
Ait Lahcen|آيت لحسن|4|Aitlahcen,Ait-Lahcen
Ait Benhaddou|آيت بنحدو|3|Aitbenhaddou,Ait Ben Haddou
Ait Brahim|آيت ابراهيم|3|Aitbrahim,Ait-Brahim
Ait Taleb|آيت الطالب|3|Aittaleb,Ait-Taleb
Ait Hammou|آيت حمو|3|Aithammou,Ait Hamou
Ait Moussa|آيت موسى|3|Aitmoussa,Ait-Moussa
Ait Omar|آيت عمر|3|Aitomar,Ait-Omar
Ait Yahya|آيت يحيى|2|Aityahya,Ait Yahia
Ait El Caid|آيت القايد|2|Ait Elcaid,Aitelcaid
Ould Ali|ولد علي|2|Ouldali,Ould-Ali
Ould Lahcen|ولد لحسن|2|Ouldlahcen,Ould-Lahcen
Ould Ahmed|ولد أحمد|2|Ouldahmed,Ould-Ahmed
Ben Ahmed|بن أحمد|4|Benahmed,Ben-Ahmed
Ben Mohamed|بن محمد|4|Benmohamed,Ben Mohammed
Ben Abdeslam|بن عبد السلام|4|Benabdeslam,Ben Abdessalam
Ben Larbi|بن العربي|3|Benlarbi,Ben-Larbi
Benyahya|بنيحيى|4|Ben Yahya,Benyahia
Amzil|أمزيل|3|Amzile
Akhannouch|أخنوش|2|Akhanouch
El Bouazzaoui|البوعزاوي|3|Bouazzaoui
El Mouden|المودن|3|Mouden
Moutawakil|المتوكل|3|Moutawakkil
Sbihi|الصبيحي|3|Sbihy
Bouzoubaa|بوزوبع|3|Bouzouba
Guessous|كسوس|3|Gessous
Sqalli|الصقلي|4|Skalli,Sekkali
Hamdani|الهمداني|3|El Hamdani
Mernissi|المرنيسي|3|Mernisi
Guerraoui|الكراوي|3|Gueraoui
El Harrouchi|الحروشي|3|Harrouchi
Zemmouri|الزموري|3|Zemouri
Ghailan|غيلان|3|Ghaylan
Rami|الرامي|3|Errami
Chafik|شفيق|3|Chafiq
Amine|أمين|3|Amin
El Fassi|الفاسي|8|Fassi,Elfassi
Bouhaddou|بوحدو|4|Bouhadou
El Haddouchi|الحدوشي|4|Haddouchi
Akhrif|أخريف|4|Akhriff
El Azizi|العزيزي|4|Azizi
El Maimouni|الميموني|5|Maimouni,Elmaimouni
Bouyahyaoui|البويحياوي|3|Bouyahiaoui
Mouhib|محب|3|Mouheb
Bouzekri|بوزكري|3|Bouzkri
Ahrouch|أحروش|3|Ahrouche
Aznag|أزناك|3|Aznague
Boulaich|بولعيش|4|Boulaïch
Achahbar|أشهبار|3|Achahbare
El Ghazi|الغازي|4|Ghazi,Elghazi
Ezzahraoui|الزهراوي|3|Zahraoui
Hamdouchi|الحمدوشي|5|El Hamdouchi
El Andaloussi|الأندلسي|4|Andaloussi,Andalousi
Bensouda|بنسودة|3|Ben Souda
Bennis|بنيس|3|Benis
Benmansour|بنمنصور|4|Ben Mansour
Benabbou|بنعبو|3|Ben Abbou
Laghzaoui|لغزاوي|3|Lghzaoui
Naji|الناجي|4|Ennaji,En-Naji
Lahrichi|الحريشي|3|Harichi
Berrada Sounni|برادة السني|1|Berrada-Sounni
Touzani|التوزاني|3|Ettouzani
Benkhayat|بنخياط|3|Ben Khayat
El Khatib|الخطيب|5|Khatib,Elkhatib
El Kouhen|الكوهن|3|Kouhen
Mouline|مولين|2|Moulin
Benyoussef|بنيوسف|4|Ben Youssef
Benhida|بنحيدة|3|Ben Hida
Saber|صابر|4|Sabir
Fares|فارس|4|Faris
Rahali|الرحالي|4|Errahali
Chbihi|الشبيهي|3|Chebihi
Kharbouch|خربوش|3|Kharbouche
Azami|العزمي|3|El Azami
El Mellali|الملالي|3|Mellali
Bakkouri|البكوري|3|Bakouri
Boukili|بوكيلي|3|
Chentouf|شنتوف|3|Chantouf
Bouanani|البوعناني|4|Bouanan
Haloui|الحلوي|3|Helwi
Taoufiki|التوفيقي|3|Toufiki
Najjar|النجار|4|Ennajjar,Najar
El Hadi|الهادي|4|Hadi
Bourass|بوراس|3|Bouras
El Omari|العماري|5|Omari,Elomari,El Amari
Kaddouri|القدوري|4|Kadouri,Qaddouri
Messaoudi|المسعودي|6|El Messaoudi,Masoudi
Drissi Kaitouni|الإدريسي القيطوني|2|Idrissi Kaitouni
Maaroufi|المعروفي|4|Marouf,Elmaaroufi
Hammouchi|الحموشي|3|Hamouchi
Lamarti|لمرتي|3|Lamarty
Harti|الحارثي|3|El Harti
Ettaki|التقي|2|Taki
Boudrika|بودريقة|2|Boudrica
Moumen|المومن|3|El Moumen
Lahrizi|الحريزي|3|Harizi
Bouchentouf|بوشنتوف|3|Bouchantouf
El Hanafi|الحنفي|3|Hanafi
Lazrak|الأزرق|4|Lazraq,El Azrak
Bakkari|البقري|3|Bakari
Mouhssine|محسين|3|Mohssine
El Kharraz|الخراز|3|Kharraz
Lemnaouar|المنور|3|Lamnaouar
Sabri|صبري|4|Sabry
Tber|الطبر|2|Ettber
Chakir|شاكر|4|Chaker
Cherkaoui|الشرقاوي|6|Charkaoui,Echerkaoui
Bouhaddioui|البوحديوي|2|Bouhadioui
El Ouafi|الوافي|4|Ouafi,Elouafi
Ghanmi|الغانمي|3|Ghanemi
Mejjati|المجاطي|3|Mejati
El Hachimi|الهاشمي|5|Hachimi,Hachemi
Bouchikhi|البوشيخي|3|Bouchiki
El Baz|الباز|3|Baz
Rhouni|الرهوني|4|Rehouni,Errhouni
Badaoui|البدوي|4|Badawi
Oubelkacem|أوبلقاسم|2|Ou Belkacem
Oumoussa|أوموسى|2|Ou Moussa
Ouchen|أوشن|2|Ouchène
Boulahya|بولحية|3|Boulahia
Dahmani|الدحماني|3|Dahmane
Chahid|الشهيد|3|Echahid
El Akel|العاقل|2|Akel
Bouamar|بوعمر|3|Bouomar
Lyazidi|اليزيدي|3|El Yazidi,Yazidi
Mezouar|مزوار|3|Mazouar
Benaddi|بنعدي|3|Ben Addi
Raji|الراجي|3|Erraji
Laabidi|العبيدي|3|Abidi,El Abidi
Hassnaoui|الحسناوي|4|Hasnaoui
Boutaleb|بوطالب|3|Bou Taleb
Aarab|أعراب|3|Arab,Aaraab
Belkadi|بلقاضي|3|Belqadi
Belghiti|بلغيتي|3|Belgiti
Belmahi|بلماحي|2|Bel Mahi
Belkhayat|بلخياط|2|Bel Khayat
Mazouz|مزوز|2|Mazzouz
Bendahou|بن داهو|2|Ben Dahou
El Mansour|المنصور|3|Mansour
Laaouina|لعوينة|2|Laouina
Bouzid|بوزيد|3|Bouzide
El Yacoubi|اليعقوبي|4|Yacoubi,Yaakoubi
Naimi|النعيمي|3|Ennaimi
Harrati|الحراتي|2|Harati
Sellami|السلامي|3|Slami
Laaraj|الأعرج|3|Laraj
Rachiq|راشق|2|Rachik
Ameziane|أمزيان|4|Amziane,Amezian
Boukhris|بوخريص|3|Boukhriss
Fathi|فتحي|3|Fethi
Hamzaoui|الحمزاوي|3|El Hamzaoui
Achour|عاشور|3|Achoure
Outmani|العثماني|4|Othmani,El Othmani
Akouh|أكوح|2|Akkouh
Chiguer|الشيكر|2|Chiger
Mrini|المريني|3|El Mrini,Merini
Kabbaj Lazrak|القباج لزرق|1|Kabbaj-Lazrak
El Hachmi|الحشمي|2|Hachmi
Arsalane|أرسلان|2|Arsalan
Bahri|البحري|3|El Bahri
Lamsaouri|لمساوري|2|Msaouri
Zeroual|زروال|3|Zerwal
Akhchaf|أخشاف|2|Akhchaaf
Kharbouchi|الخربوشي|2|Kharbouchy
Chakiri|الشاكري|2|Chakiry
El Aissaoui|العيساوي|4|Aissaoui,Issaoui
Haddadi|الحدادي|3|El Haddadi
Bouhouch|بوحوش|2|Bouhoch
`;

/** The synthetic name catalogue: male and female given names and family names, with Arabic forms and variants. */
export const moroccanNames: {
  male: readonly NameEntry[];
  female: readonly NameEntry[];
  family: readonly NameEntry[];
} = {
  male: parseNameTable(maleGivenNames),
  female: parseNameTable(femaleGivenNames),
  family: parseNameTable(familyNames),
};
