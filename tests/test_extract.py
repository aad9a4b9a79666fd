"""Extraction on single sentences: cue, speaker, institution, content kind. Negatives included."""
from __future__ import annotations

import pytest

from diplo.model import Document


def run(pipeline, text):
    return pipeline.extract(Document("t", text))


def brief(st):
    return (st.cue.text, st.speaker.name if st.speaker else None,
            st.institution.name_en if st.institution else None)


@pytest.mark.parametrize("text, expected", [
    # verb-subject with an institution as speaker
    ("وقال الكرملين إن الرئيسين بحثا الوضع في أوكرانيا.",
     [("وقال", "الكرملين", "Kremlin")]),
    # role + name apposition; the role gives the institution
    ("وأعلنت المتحدثة باسم البيت الأبيض جين ساكي أن الولايات المتحدة تأمل ببناء علاقة مستقرة مع روسيا.",
     [("وأعلنت", "جين ساكي", "White House")]),
    # a state role composed with its country
    ("وقال وزير الخارجية المصري إن بلاده ترفض أي تدخل في شؤونها.",
     [("وقال", "وزير الخارجية المصري", "Egyptian Foreign Ministry"), ("ترفض", "مصر", "Egyptian Government")]),
    # a ministry composed with its country, feminine agreement
    ("وأكدت وزارة الخارجية التركية في بيان أن أنقرة لن تقبل بذلك.",
     [("وأكدت", "وزارة الخارجية التركية", "Turkish Foreign Ministry")]),
    # a capital standing for its government
    ("وقالت موسكو إن العقوبات لن تغير موقفها.",
     [("وقالت", "موسكو", "Russian Government")]),
    # subject before the verb
    ("لكن الرئيس الفرنسي شدد على ضرورة الحوار.",
     [("شدد", "الرئيس الفرنسي", "Elysee")]),
    # unnamed official with a country adjective
    ("وقال مسؤول تركي إن المحادثات ستستأنف الأسبوع المقبل.",
     [("وقال", "مسؤول تركي", "Turkish Government")]),
    # unnamed sources: no institution
    ("وقالت مصادر مطلعة إن الاجتماع أرجئ.",
     [("وقالت", "مصادر مطلعة", None)]),
])
def test_speaker_and_institution(pipeline, text, expected):
    assert [brief(s) for s in run(pipeline, text)] == expected


@pytest.mark.parametrize("text, kinds", [
    ('وقالت الوزارة في بيان: "نحن قلقون من التصعيد".', ["direct"]),
    ("وأكد الوزير أن الحكومة ستواصل جهودها.", ["indirect"]),
    ('وأكد الوزير أن الحكومة "ستواصل جهودها" في هذا الملف.', ["mixed"]),
])
def test_content_kinds(pipeline, text, kinds):
    assert [s.quote.kind for s in run(pipeline, text)] == kinds


def test_direct_quote_excludes_the_marks(pipeline):
    text = "وقال المتحدث باسم الكرملين: «لا نسعى إلى التصعيد»."
    (st,) = run(pipeline, text)
    assert st.quote.text == "لا نسعى إلى التصعيد"
    assert st.institution.name_en == "Kremlin"


def test_indirect_content_ends_with_its_clause(pipeline):
    text = ("وقال البيت الأبيض إن بايدن شدد على دعم أوكرانيا، في حين يزور وزير الخارجية بروكسل.")
    sts = run(pipeline, text)
    assert sts[0].quote.text == "بايدن شدد على دعم أوكرانيا"


def test_nested_report_has_a_parent(pipeline):
    text = 'وقال الكرملين إن بوتين "أكد أهمية الحوار مع واشنطن".'
    outer, inner = run(pipeline, text)
    assert outer.speaker.name == "الكرملين" and inner.parent == outer.id
    assert inner.cue.text == "أكد"
    assert inner.institution.name_en == "Kremlin"


def test_dropped_subject_continues_the_last_speaker(pipeline):
    text = ("وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار.\n"
            "وأضاف أن بلاده لن تقبل الشروط المسبقة.")
    first, second = run(pipeline, text)
    assert second.speaker.name == first.speaker.name
    assert second.speaker.resolved_by == "coreference"
    assert second.institution.name_en == "Russian Foreign Ministry"


def test_short_name_resolves_to_the_full_name(pipeline):
    text = ("وأعلنت المتحدثة باسم البيت الأبيض جين ساكي أن الرئيس سيزور أوروبا.\n"
            "وقالت ساكي للصحافيين إن الزيارة ستتم الشهر المقبل.")
    sts = run(pipeline, text)
    assert sts[1].speaker.name == "جين ساكي"
    assert sts[1].institution.name_en == "White House"


def test_participle_continues_its_clause(pipeline):
    text = "وأعرب وزير الخارجية القطري عن قلقه من التصعيد، داعيا إلى ضبط النفس."
    sts = run(pipeline, text)
    assert [s.cue.text for s in sts] == ["وأعرب", "داعيا"]
    assert sts[1].speaker.name == sts[0].speaker.name
    assert sts[1].quote.text == "ضبط النفس"


@pytest.mark.parametrize("text", [
    # a headline: no closing punctuation, short
    "الجبير يؤكد حرص المملكة على تطوير علاقاتها",
    # a noun of speech with no verb
    "ورغم إعلانها عزمها على تخصيب اليورانيوم، استمرت المفاوضات.",
    # negated speech
    "من دون أن يكشف البيت الأبيض ما إذا قبل الرئيس الدعوة.",
    "ولم يعلن الجيش عن أي خسائر في صفوفه خلال الاشتباكات.",
    # قال inside someone's quoted words
    'ورفع المتظاهرون لافتة كتب عليها "من قال إن الشعب لا يريد التغيير".',
    # "according to" the law is no source
    "وتسير الأمور وفق القانون المعمول به في البلاد منذ سنوات طويلة.",
    # Latin-only text
    "The minister said that talks would resume next week.",
    # a verb that reports only with its particle, carrying an object pronoun instead: another sense
    'واعتقلت الشرطة عشرات المحتجين، ونقلتهم إلى مركز "المسكوبية"، حيث أفرج عنهم لاحقا.',
    "وأقره مجلس الوزراء بالإجماع في جلسته الأخيرة بعد نقاش طويل.",
    # expected, scheduled or required speech has not happened
    "ومن المتوقع أن يعلن المبعوث نتائج مشاوراته في إحاطته المقبلة.",
    "ومن المقرر أن تعلن اللجنة النتائج النهائية بعد البت في الطعون.",
    "ويتوقع أن يعلن الوزير تفاصيل الخطة خلال أيام.",
    # تابع reports only with words after it; otherwise it is «followed»
    "وتابعت الأسواق المالية نتائج اللقاء عن كثب طوال اليوم.",
    # a noun after a determiner; a city that looks like a verb; an interjection
    "ولم يصدر عن المجلس أي رد على تصريحات المحافظ حتى مساء أمس.",
    "وشملت العملية رحلات جوية بين صنعاء وعدن ومأرب والرياض خلال ثلاثة أيام.",
    # «ما» + a verb is «what …»: no one speaks
    "وحتى مساء الجمعة، لم يصدر عن الجماعة ما يؤكد قبولها بالبند الخاص بالمدينة.",
    # a particle-bound cue after an indefinite noun is a noun in construct
    "وتشبث مئات الأفغان بطائرة نقل عسكرية أثناء إقلاعها، ما أسفر عن سقوط قتلى.",
    # feared or hoped speech, a modal, and «اطلع على» (was briefed on)
    "ويخشى ناشطون أن تعلن الحركة قيودا إضافية على عمل النساء.",
    "وبات الوضع يمكن وصفه بالكارثي في كثير من المناطق المنكوبة.",
    "وكان الرئيس قد اطلع على نتائج اللقاء في اليوم نفسه.",
])
def test_not_statements(pipeline, text):
    assert run(pipeline, text) == []


def test_according_to_alone_is_the_attribution(pipeline):
    text = "وسيعقد الرئيسان قمة في بلد ثالث خلال الأشهر المقبلة، وفق البيت الأبيض."
    (st,) = run(pipeline, text)
    assert st.cue.kind == "according_to"
    assert st.institution.name_en == "White House"


def test_according_to_with_a_verb_is_attached(pipeline):
    text = "واقترح الرئيس الأميركي عقد قمة في بلد ثالث، بحسب البيت الأبيض."
    (st,) = run(pipeline, text)
    assert st.cue.text == "واقترح"
    assert st.according_to.text.endswith("البيت الأبيض")


def test_relayed_speech_is_the_source_s(pipeline):
    text = "ونقلت وكالة رويترز عن مسؤول أميركي قوله إن واشنطن تدرس فرض عقوبات جديدة."
    sts = run(pipeline, text)
    assert sts[0].cue.text == "ونقلت"
    assert sts[0].speaker.name == "مسؤول أميركي"
    assert sts[0].institution.name_en == "US Government"


def test_diacritics_tatweel_and_invisible_marks(pipeline):
    text = "وَقَالَ الكِرْمْلِينُ إِنَّ الحوار مستمر. وقـــال البيت الأ\u200cبيض إن الاتصال كان مثمرا."
    sts = run(pipeline, text)
    assert [s.institution.name_en for s in sts] == ["Kremlin", "White House"]


def test_gender_agreement_picks_the_antecedent(pipeline):
    text = ("وقالت المتحدثة باسم الخارجية الأميركية إن واشنطن تدعم الحوار، وقال السفير الروسي إن موسكو مستعدة.\n"
            "وأضافت أن الإدارة ستواصل اتصالاتها.")
    sts = run(pipeline, text)
    assert sts[-1].cue.text == "وأضافت"
    assert sts[-1].institution.name_en == "US State Department"


@pytest.mark.parametrize("second", ["وتابع المصدر نفسه أن", "وأضاف المصدر ذاته أن"])
def test_same_source_anaphora(pipeline, second):
    text = f"وقال الكرملين إن الاتصال كان بناء.\n{second} الجانبين اتفقا على مواصلة الحوار."
    sts = run(pipeline, text)
    assert sts[-1].speaker.name == "الكرملين" and sts[-1].speaker.resolved_by == "anaphora"


def test_definite_description_points_back(pipeline):
    text = ("أعلنت وزارة الخارجية المصرية في بيان أن القاهرة ترفض التصعيد.\n"
            "وأضافت الوزارة أن الاتصالات مستمرة مع جميع الأطراف.")
    sts = run(pipeline, text)
    assert sts[-1].institution.name_en == "Egyptian Foreign Ministry"
    assert sts[-1].speaker.resolved_by == "anaphora"


def test_role_tied_to_a_name_resolves_to_the_person(pipeline):
    text = ("وقال الرئيس الأميركي جو بايدن إن بلاده ستدعم أوكرانيا.\n"
            "لكن الرئيس الأميركي شدد على أهمية الحوار مع موسكو.")
    sts = run(pipeline, text)
    last = [s for s in sts if s.cue.text == "شدد"][0]
    assert last.speaker.name == "جو بايدن"
    assert last.institution.name_en == "White House"


def test_a_statement_speaks_for_its_issuer(pipeline):
    text = "وقال بيان للجيش التركي إن المقاتلات قصفت مواقع للمسلحين."
    (st, *_) = run(pipeline, text)
    assert st.institution.name_en == "Turkish Army"


def test_a_statement_issued_by_a_body_met_before(pipeline):
    text = ("وافق المجلس التنفيذي لصندوق النقد الدولي على قرض جديد لزامبيا، وفق بيان صادر عن الصندوق.\n"
            "وقال الصندوق إن القرض يدعم الإصلاحات.\n"
            "وقال بيان للخارجية الأميركية إن القرار صائب. وأوضح بيان صادر عن الصندوق أن الدفعة الأولى فورية.")
    sts = run(pipeline, text)
    # (not the last body that issued a statement)
    assert [(s.speaker.name, s.institution.name_en) for s in sts] == [
        ("صندوق النقد الدولي", "IMF"), ("صندوق النقد الدولي", "IMF"),
        ("الخارجية الأميركية", "US State Department"), ("صندوق النقد الدولي", "IMF")]


def test_an_unlisted_part_of_a_known_body(pipeline):
    (st,) = run(pipeline, "وأعلنت لجنة التعريفة الجمركية التابعة لمجلس الدولة الصيني أن الرسوم سترتفع.")
    assert (st.speaker.name, st.institution.name_en) == (
        "لجنة التعريفة الجمركية التابعة لمجلس الدولة الصيني", "Chinese Government")


@pytest.mark.parametrize("text, speaker, institution", [
    # the office set off after a rank and a name says whose the rank is
    ("وقال السفير جان دوبوا، المندوب الدائم لفرنسا لدى الأمم المتحدة، إن النص متوازن.", "جان دوبوا",
     "French Foreign Ministry"),
    # an outlet behind لـ is whom the official spoke to
    ("وقال مسؤول في وزارة الخارجية المصرية لرويترز إن الاتصالات مستمرة.", "مسؤول في وزارة الخارجية المصرية",
     "Egyptian Foreign Ministry"),
    ("وأكد مسؤول في بعثة الأمم المتحدة لفرانس برس، طالبا عدم نشر اسمه، أن الوضع صعب.",
     "مسؤول في بعثة الأمم المتحدة", "United Nations"),
    # the accusative after أن/لكن, named as the nominative
    ("لكن مسؤولا أمريكيا رفيعا قال إن الاتفاق قريب.", "مسؤول أمريكي رفيع", "US Government"),
    ("غير أن مصدرا في الحكومة العراقية أكد أن الاجتماع تأجل.", "مصدر في الحكومة العراقية", "Iraqi Government"),
])
def test_offices_after_names_outlets_and_the_accusative(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == (speaker, institution)


def test_an_office_set_off_after_a_name_in_the_organisation_named_before(pipeline):
    text = ("أعلنت منظمة الصحة العالمية أن الوضع وباء عالمي.\n"
            "من جانبه، قال الدكتور مايكل رايان، المدير التنفيذي لبرنامج الطوارئ الصحية في المنظمة، "
            "إن الأوان لم يفت. وأضاف رايان أن الدول مطالبة بالتحرك.")
    sts = run(pipeline, text)
    assert [(s.speaker.name, s.institution.name_en) for s in sts][1:] == [
        ("مايكل رايان", "World Health Organization")] * 2


def test_a_surname_that_is_also_a_group_name(pipeline):
    (st,) = run(pipeline, "وقالت وزيرة خارجية الكونغو الديمقراطية تيريز كاييكوامبا فاغنر إن السلام ممكن.")
    assert (st.speaker.name, st.institution.name_en) == ("تيريز كاييكوامبا فاغنر", "Congolese Foreign Ministry")


def test_a_later_bare_office_is_the_person_it_was_set_off_after(pipeline):
    text = ("وصرح السفير بسام راضي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الاتصال كان إيجابيا.\n"
            "وأضاف المتحدث الرسمي أن الجانبين اتفقا على مواصلة التنسيق.\n"
            "أكدت وزيرة الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة جمانة غنيمات أن الأردن سيشارك.\n"
            "«موقفنا معروف للجميع»، قالت الناطقة الرسمية.")
    sts = run(pipeline, text)
    # (a woman's office written in the masculine still names her)
    assert [s.speaker.name for s in sts] == ["بسام راضي", "بسام راضي", "جمانة غنيمات", "جمانة غنيمات"]


@pytest.mark.parametrize("text, speaker, institution", [
    # a committee of the parliament, of the article's country
    ("عمان - طالبت لجنة فلسطين النيابية الحكومة بإعادة النظر في القرار.", "لجنة فلسطين النيابية",
     "Jordanian Parliament"),
    # after a definite body, a named organisation is the verb's object, not the body's owner
    ("دمشق - طالبت وزارة الخارجية والمغتربين مجلس الأمن الدولي بالتحرك الفوري.", "وزارة الخارجية والمغتربين",
     "Syrian Foreign Ministry"),
])
def test_parliament_committees_and_objects_after_a_body(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_a_clause_set_off_after_an_office_is_no_name(pipeline):
    text = ("تلقى سامح شكري، وزير الخارجية، اتصالا من أسماء محمد عبد الله، وزيرة خارجية السودان، "
            "تناول مستجدات مفاوضات سد النهضة.\n"
            "وصرح المتحدث باسم الخارجية بأن الوزيرة السودانية أكدت حرص بلادها على إنجاح المسار.")
    sts = run(pipeline, text)
    assert [s.speaker.name for s in sts if s.cue.text == "أكدت"] == ["أسماء محمد عبد الله"]


def test_a_summit_declaration_speaks_for_the_organisation_of_the_summit(pipeline):
    text = ("قمة مجموعة العشرين تختتم أعمالها\n"
            "اختتمت قمة مجموعة العشرين أعمالها في روما أمس، وكان الرئيس قد أعلن في افتتاح القمة أن "
            "الاتحاد الأفريقي بات عضوا دائما.\n"
            "وأكد إعلان روما، الذي اعتمد بالتوافق، أن القادة ملتزمون بالنمو. وشدد البيان الختامي على أهمية "
            "التعاون، مرحبا بالاتفاق. وقال الإعلان إن المناخ أولوية.")
    sts = [s for s in run(pipeline, text) if s.cue.text != "أعلن"]
    # the declaration is named after where it was made (Rome), not by whom
    assert [(s.speaker.name, s.institution.name_en) for s in sts] == [
        ("إعلان روما", "G20"), ("البيان الختامي", "G20"), ("البيان الختامي", "G20"), ("الإعلان", "G20")]


def test_the_subject_after_a_resumptive_in(pipeline):
    text = "اختتمت القمة العربية أعمالها بإصدار «إعلان جدة»، الذي أكد فيه القادة العرب رفضهم التدخلات الخارجية."
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.quote.text) == ("القادة العرب", "رفضهم التدخلات الخارجية")


@pytest.mark.parametrize("text, speaker, institution", [
    # «البلاد» is the article's country
    ("الكويت - وكان سمو أمير البلاد الشيخ صباح الأحمد قد أعلن أن الكويت ستقدم ملياري دولار.", "صباح الأحمد",
     "Kuwaiti Amiri Diwan"),
    ("الدوحة - وأكد أمير البلاد أن قطر ماضية في الوساطة.", "أمير البلاد", "Qatari Amiri Diwan"),
    # a region is no name after an office
    ("وقال نائب رئيس البنك الدولي لشؤون منطقة الشرق الأوسط وشمال أفريقيا إن البنك سيواصل دعمه.",
     "نائب رئيس البنك الدولي", "World Bank"),
    # the leaders or ministers of the members of an organisation speak for it
    ("وأكد قادة دول حلف شمال الأطلسي في البيان الختامي أن الحلف موحد.", "قادة دول حلف شمال الأطلسي", "NATO"),
    ("وأكد وزراء خارجية دول مجلس التعاون الخليجي أن الأمن مسؤولية مشتركة.",
     "وزراء خارجية دول مجلس التعاون الخليجي", "Gulf Cooperation Council"),
])
def test_home_country_regions_and_members(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_a_ministry_anaphor_skips_a_post_named_in_between(pipeline):
    text = ("الرياض - وكانت وزارة الخارجية قد أعلنت طرد السفير الكندي لدى المملكة.\n"
            "وأوضحت الوزارة في بيانها أن الخطوة جاءت ردا على موقف كندي.")
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("وزارة الخارجية", "Saudi Foreign Ministry")


def test_a_first_name_known_from_another_name_opens_a_new_one(pipeline):
    text = ("الرياض - رأس صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود الجلسة.\n"
            "وأوضح معالي وزير الإعلام الأستاذ سلمان بن يوسف الدوسري أن المجلس ناقش القمة. "
            "وأشار معاليه إلى أن المملكة ماضية في جهودها.")
    sts = run(pipeline, text)
    # (and «معاليه», his excellency, is the one who spoke)
    assert [(s.speaker.name, s.institution.name_en) for s in sts] == [
        ("سلمان بن يوسف الدوسري", "Saudi Media Ministry")] * 2


@pytest.mark.parametrize("text, speaker, institution", [
    # «our» delegate is the outlet's country's; a rank between the posting and the name
    ("الكويت - وقال مندوبنا الدائم لدى الأمم المتحدة السفير منصور العتيبي إن الكويت مستعدة.", "منصور العتيبي",
     "Kuwaiti Foreign Ministry"),
    # an office's adjective after an honorific, and الرئيس as the honorific of a head of government
    ("بيروت - أكد دولة الرئيس المكلف نواف سلام أن الحكومة قريبة.", "نواف سلام", "Lebanese Government"),
    # a verb in a clause of time, its subject after «فيه»
    ("وتأتي الاتصالات في وقت أعلنت فيه إثيوبيا استعدادها لاستضافة الاجتماع.", "إثيوبيا", "Ethiopian Government"),
])
def test_our_delegate_designate_and_a_clause_of_time(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_another_person_with_a_people_file_surname(pipeline):
    text = ("وقال مايكل دانفورد، المدير الإقليمي لبرنامج الأغذية العالمي لشرق أفريقيا: \"القوافل وصلت\".\n"
            "وأضاف دانفورد: \"الإمدادات تصل إلى المحتاجين\".")
    # (not the general جوزيف دانفورد of the people file; «لشرق أفريقيا» is a region, not a name)
    assert [(s.speaker.name, s.institution.name_en) for s in run(pipeline, text)] == [
        ("مايكل دانفورد", "World Food Programme")] * 2


@pytest.mark.parametrize("text, speaker, institution", [
    # a hyphenated name whose second half looks like ك + يوم
    ("وقال المتحدث باسم الرئاسة الكورية الجنوبية، كيم إيوي-كيوم، إن سيول تنتظر الإيضاحات.", "كيم إيوي-كيوم",
     "South Korean Presidency"),
    # an office in an international body, in construct
    ("وقالت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني إن الاتحاد متمسك بالاتفاق.", "فيديريكا موغيريني",
     "European Union"),
    # a reporter of an outlet
    ("وأفاد مراسل الأناضول بأن الإجراءات الأمنية مشددة.", "مراسل الأناضول", "Anadolu"),
    # a minister of a portfolio bodies.tsv does not list speaks for the government
    ("وقال وزير البنية التحتية الأوكراني أولكسندر كوبراكوف إن السفن جاهزة.", "أولكسندر كوبراكوف",
     "Ukrainian Government"),
    # «أما» opens a topic and is no part of the name
    ("وقال وزير البنية التحتية الأوكراني أولكسندر كوبراكوف إن الاتفاق مهم. أما كوبراكوف فأوضح أن السفن جاهزة.",
     "أولكسندر كوبراكوف", "Ukrainian Government"),
])
def test_hyphens_international_offices_reporters_and_portfolios(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, institution", [
    # a second office joined by و closes the name
    ("وقع الرئيس الكولومبي خوان مانويل سانتوس وزعيم حركة فارك الاتفاق. وقال سانتوس إن السلام ممكن.",
     "خوان مانويل سانتوس", "Colombian Presidency"),
    # a portfolio naming a country, and the content the verb's particle opens after the name
    ("ورحبت المنسقة الخاصة للأمم المتحدة لشؤون لبنان يوانا فرونتسكا بإنجاز الاتفاق.", "يوانا فرونتسكا",
     "United Nations"),
    # the body an office serves, behind لـ
    ("كما رحب رئيس المجلس الرئاسي لحكومة الوفاق الوطني فايز السراج بنتائج التصويت.", "فايز السراج",
     "Libyan Presidential Council"),
    # a former office holder speaks for no office («ألفارو»: أل is no article)
    ("بوغوتا - دعا الرئيس الكولومبي الأسبق ألفارو أوريبي أنصاره إلى رفض الاتفاق.", "ألفارو أوريبي", None),
])
def test_names_closed_by_offices_portfolios_and_former_offices(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == (speaker, institution)


def test_an_office_of_a_country_is_the_last_person_who_held_it(pipeline):
    text = ("مسقط - وشارك معالي الدكتور عباس عراقجي وزير خارجية إيران، والسيد ستيف ويتكوف مبعوث الرئيس "
            "الأمريكي، في الجولة.\n"
            "من جانبه، وصف معالي وزير خارجية إيران المحادثات بأنها بناءة.")
    # (and the man joined by «والسيد» after a comma is not the minister)
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("عباس عراقجي", "Iranian Foreign Ministry")


@pytest.mark.parametrize("text, speaker, institution", [
    # «لشئون» as Egypt and the Gulf write it
    ("المنامة - وشددت وزيرة الدولة لشئون الإعلام المتحدث الرسمي باسم الحكومة سميرة رجب على أن الأرقام دقيقة.",
     "سميرة رجب", "Bahraini Government"),
    # a statement of an office of the article's government
    ("بغداد - وذكر بيان للمكتب الإعلامي لرئيس الوزراء أن اللقاء بحث الأمن.",
     "المكتب الإعلامي لرئيس الوزراء", "Iraqi Government"),
])
def test_affairs_spelt_otherwise_and_office_statements(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_a_genitive_with_li_is_no_name(pipeline):
    # لـ and a noun in ة in construct is no name after an office (which body this is, the lexicon
    # does not know: the junta's council is not the parliament)
    (st,) = run(pipeline, "نيامي - وقال رئيس المجلس الوطني لحماية الوطن في النيجر إن التحالف ليس موجها ضد أحد.")
    assert st.speaker.kind != "person" and "لحماية" not in st.speaker.name


@pytest.mark.parametrize("text, speaker, institution", [
    # a body's name, then the verb's object, not its holder's name
    ("كراكاس - أعلن المجلس الوطني الانتخابي في فنزويلا فوز مادورو بولاية ثالثة.",
     "المجلس الوطني الانتخابي في فنزويلا", "Venezuelan National Electoral Council"),
    # «إلفيس»: إل is no article
    ("كراكاس - وقال رئيس المجلس إلفيس أموروسو، وهو حليف لمادورو، إن النتيجة نهائية.", "إلفيس أموروسو", None),
    # the National Security Council speaks for the White House, as the press and the golds have it
    ("وقال جون كيربي المتحدث باسم مجلس الأمن القومي الأمريكي إن واشنطن قلقة.", "جون كيربي", "White House"),
])
def test_bodies_with_objects_names_in_il_and_the_nsc(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert st.speaker.name == speaker
    assert institution is None or st.institution.name_en == institution


def test_the_office_an_article_sets_off_outranks_the_people_file(pipeline):
    text = ("دبي - اعتمد مؤتمر الأطراف COP28 قرار تفعيل الصندوق.\n"
            "وقال الدكتور سلطان بن أحمد الجابر، رئيس المؤتمر، في الجلسة العامة: «لدينا اتفاق تاريخي». "
            "وأضاف الجابر أن الاتفاق يفتح مرحلة جديدة.")
    # (the people file knows him as a minister; here he speaks for the conference)
    assert [(s.speaker.name, s.institution.name_en) for s in run(pipeline, text)] == [
        ("سلطان بن أحمد الجابر", "COP28 Presidency")] * 2


def test_an_outlet_s_byline_with_a_place_is_a_dateline(pipeline):
    text = ("ماكرون أمام البرلمان المغربي\n\nLe360 - الرباط\n\n"
            "أكد الرئيس الفرنسي إيمانويل ماكرون أن الشراكة مع المغرب تدخل مرحلة جديدة، وأن فرنسا ملتزمة بها.\n"
            "وقال رئيس مجلس النواب إن الزيارة تاريخية. وأفاد بلاغ للديوان الملكي بأن الملك استقبل الرئيس الفرنسي.")
    sts = run(pipeline, text)
    # (a bare body is Morocco's, and France has no royal court)
    assert [s.institution.name_en for s in sts][-2:] == ["Moroccan Parliament", "Moroccan Royal Court"]


def test_a_desk_s_byline_over_foreign_news_is_no_dateline(pipeline):
    text = ("الحرة / وكالات - دبي\n\n"
            "قالت القوات المسلحة الفلبينية إن خفر السواحل الصيني صعد على قواربها. وأفاد رئيس الأركان بأن "
            "الجنود الفلبينيين لم يصابوا.")
    assert [s.institution.name_en for s in run(pipeline, text)] == ["Philippine Army"] * 2


def test_a_verb_after_a_role_that_opens_its_clause_is_no_name(pipeline):
    text = ("وصل وزير خارجية الجمهورية الإسلامية في إيران الدكتور عباس عراقجي إلى بيروت.\n"
            "وأفادت مراسلة المنار بأن الوزير الإيراني وصل على متن طائرة إيرانية.\n"
            "وأضاف الوزير الإيراني أن بلاده إلى جانب لبنان.")
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("عباس عراقجي", "Iranian Foreign Ministry")


@pytest.mark.parametrize("text, speaker, institution", [
    # a one-word people-file alias that goes on into a longer name is someone else
    ("بغداد - وقال المستشار في وزارة الموارد المائية عون ذياب عبد الله، إن ديالى هي الأكثر تضررا.",
     "عون ذياب عبد الله", "Iraqi Water Resources Ministry"),
    # the preposition written apart before a quoted organisation
    ("وقال الأمين التنفيذي لـ\"إيقاد\" إن المنظمة تحترم سيادة السودان.", 'الأمين التنفيذي ل"إيقاد"', "IGAD"),
    # «المستشار», the honorific of Egypt's diplomats, before a bare name set off by commas
    ("القاهرة - ونفى المتحدث باسم وزارة الخارجية، المستشار أحمد أبو زيد، أن تكون مصر تنازلت.", "أحمد أبو زيد",
     "Egyptian Foreign Ministry"),
    # a title joined by و after an office opens another person
    ("بحضور المشير خليفة حفتر قائد الجيش الوطني الليبي والمستشار عقيلة صالح رئيس مجلس النواب. "
     "وأعرب المستشار عقيلة صالح عن تقديره للدور المصري.", "عقيلة صالح", "Libyan House of Representatives"),
])
def test_names_that_go_on_quoted_bodies_and_honorifics(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_a_title_vouches_for_names_in_ta_marbuta(pipeline):
    text = ("أديس أبابا - انتخبت سفيرة الجزائر لدى إثيوبيا وممثلتها الدائمة لدى الاتحاد الإفريقي، السيدة سلمى "
            "مليكة حدادي، نائبة لرئيس المفوضية.\nوأكدت السيدة حدادي أن الانتخاب ثمرة ثقة.")
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("سلمى مليكة حدادي", "Algerian Foreign Ministry")


def test_acting_inside_an_office_s_name(pipeline):
    (st,) = run(pipeline, "وأعلنت الممثلة الخاصة بالإنابة للأمين العام للأمم المتحدة في ليبيا ستيفاني ويليامز "
                          "فوز القائمة.")
    assert (st.speaker.name, st.institution.name_en) == ("ستيفاني ويليامز", "United Nations")


def test_an_office_without_its_country_after_a_known_name_is_that_person_s_country_s(pipeline):
    (st,) = run(pipeline, "الرياض - بنا: وقال معالي الدكتور عبداللطيف بن راشد الزياني وزير الخارجية إن البحرين "
                          "ماضية في نهجها.")
    # (not the dateline's Saudi Arabia: the people file knows him as Bahrain's)
    assert (st.speaker.name, st.institution.name_en) == ("عبداللطيف بن راشد الزياني", "Bahraini Foreign Ministry")


@pytest.mark.parametrize("text", [
    "وتابع المجلس سير الاستعدادات لاستضافة المؤتمر، معربا عن تطلعه إلى أن يسهم في تعزيز العمل الدولي.",
    "وتابع رؤساء الوفود الخطاب الملكي في الجلسة العامة، قبل أن يلتقي الملك رؤساء الدول.",
])
def test_tabaa_with_an_object_is_following_not_speech(pipeline, text):
    # («معربا» is a statement of its own; تابع is not)
    assert "تابع" not in [s.cue.lemma for s in run(pipeline, text)]


def test_an_organisation_noun_its_genitive_then_its_quoted_name(pipeline):
    (st,) = run(pipeline, "باكو - قال رئيس مؤتمر الأطراف \"كوب 29\" إن الاتفاق أفضل ما أمكن التوصل إليه.")
    assert st.institution.name_en == "COP29 Presidency"


def test_a_paragraph_that_opens_in_a_place_sets_its_bare_bodies_country(pipeline):
    text = ("سنغافورة - التقى ترامب وكيم في سنغافورة. وقالت الرئاسة إن اللقاء ناجح.\n"
            "وفي سيول، قال المتحدث باسم الرئاسة إن سيول تحتاج إلى فهم أدق.\n"
            "وفي أبوظبي، أعربت وزارة الخارجية والتعاون الدولي عن ترحيبها بنتائج القمة.")
    assert [s.institution.name_en for s in run(pipeline, text)] == [
        "Singaporean Presidency", "South Korean Presidency", "UAE Foreign Ministry"]


@pytest.mark.parametrize("text, speaker, institution", [
    # «الجديد» after an office, then its posting and «علي» spelt with ي as a first name
    ("طهران - وقال سفير الجمهورية الإسلامية الإيرانية الجديد لدى المملكة العربية السعودية علي رضا عنايتي إن "
     "صفحة جديدة فتحت.", "علي رضا عنايتي", "Iranian Foreign Ministry"),
    # a portfolio for citizens abroad, «في الخارج»
    ("نواكشوط - وقال وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج محمد سالم ولد مرزوك إن موريتانيا "
     "تحترم القرار.", "محمد سالم ولد مرزوك", "Mauritanian Foreign Ministry"),
])
def test_new_envoys_ali_and_citizens_abroad(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_definite_nouns_after_an_office_are_its_verb_s_object(pipeline):
    text = ("بيروت - وأدى الرئيس المنتخب اليمين الدستورية أمام النواب.\n"
            "وشدد الرئيس المنتخب على أن لبنان سيبقى موحدا.")
    sts = run(pipeline, text)
    assert [s.cue.text for s in sts] == ["وشدد"] and "اليمين" not in sts[0].speaker.name


def test_unnamed_official_inside_an_institution(pipeline):
    text = "وقال مسؤول في الخارجية الأميركية إن العقوبات ستدخل حيز التنفيذ الأسبوع المقبل."
    (st,) = run(pipeline, text)
    assert st.speaker.kind == "unnamed"
    assert st.institution.name_en == "US State Department"


def test_the_article_role_outranks_the_people_file(pipeline):
    # the people file knows Steinmeier as German president (from 2017); the article says minister
    text = ("وقال وزير الخارجية الألماني فرانك فالتر شتاينماير إن برلين تدعم الاتفاق.\n"
            "وأكد شتاينماير أن العقوبات ستعود إذا لم تلتزم طهران.")
    sts = run(pipeline, text)
    assert [s.institution.name_en for s in sts] == ["German Foreign Ministry", "German Foreign Ministry"]
    assert sts[1].speaker.name == "فرانك فالتر شتاينماير"


def test_future_and_noun_readings_are_not_cues(pipeline):
    text = ("وسيعلن الوزير نتائج التحقيق غدا في مؤتمر صحفي بالعاصمة.\n"
            "وجاء القرار بناء على طلب من الحكومة العراقية في وقت سابق من الشهر الجاري.")
    assert run(pipeline, text) == []


def test_deputy_keeps_the_office_of_the_role(pipeline):
    text = "وقال مساعد الناطق باسم وزارة الخارجية الأمريكية مارك تونر إن التدريب سيكون محدودا."
    (st,) = run(pipeline, text)
    assert st.speaker.name == "مارك تونر"
    assert st.institution.name_en == "US State Department"
    assert st.role.text.startswith("مساعد")


def test_relative_clause_antecedent_is_the_subject(pipeline):
    text = "وتواجه كييف التي تتهم موسكو بدعم الانفصاليين ضغوطا متزايدة من حلفائها الغربيين."
    (st,) = run(pipeline, text)
    assert st.speaker.name == "كييف"


def test_subject_before_verb_beats_the_object_after_it(pipeline):
    text = "ولكن المتحدث باسم جيش جنوب السودان فيليب اغير نفى تعطيل المراكب في النهر."
    (st,) = run(pipeline, text)
    assert st.speaker.name == "فيليب اغير"
    assert st.institution.name_en == "South Sudanese Army"


def test_according_to_source_without_its_preposition(pipeline):
    text = "وتتفاقم الأزمة الإنسانية في المنطقة بسرعة، وفقا للأمم المتحدة."
    (st,) = run(pipeline, text)
    assert st.speaker.name == "الأمم المتحدة"
    assert text[st.speaker.start:st.speaker.end] == st.speaker.text


@pytest.mark.parametrize("text", [
    "يذكر أن الرئيس كان قد زار القاهرة الشهر الماضي في زيارة رسمية.",
    "يشار إلى أن المفاوضات توقفت منذ عامين بسبب الخلافات.",
])
def test_impersonal_formulas_are_not_statements(pipeline, text):
    assert run(pipeline, text) == []


def test_role_with_a_pronoun_takes_the_last_institution(pipeline):
    text = ("ودعت الوكالة الدولية للطاقة الذرية في بيان جميع الأطراف إلى ضبط النفس، "
            "وقال مديرها العام رافائيل غروسي إن المفتشين سيعودون إلى إيران الشهر المقبل.")
    sts = run(pipeline, text)
    assert sts[-1].speaker.name == "رافائيل غروسي"
    assert sts[-1].institution.name_en == "IAEA"


@pytest.mark.parametrize("text", [
    'واشنطن تحذر طهران من "عواقب وخيمة"',
    "بوتين وبايدن خلال لقاء سابق بينهما (أ ب)",
])
def test_headlines_and_captions_are_skipped(pipeline, text):
    assert run(pipeline, text + "\n\nوقال الكرملين إن الاتصال كان بناء.")[0].cue.text == "وقال"
    assert len(run(pipeline, text + "\n\nوقال الكرملين إن الاتصال كان بناء.")) == 1


def test_a_line_without_full_stop_that_continues_the_text_is_kept(pipeline):
    text = "وقال وزير الخارجية الأردني إن عمان ترفض التهجير"
    assert [s.cue.text for s in run(pipeline, text)][:1] == ["وقال"]


def test_a_guillemet_closed_by_a_straight_quote(pipeline):
    # web copy often opens with « and closes with "; the participle after it is outside the quote
    text = 'وكرر المسؤول الأممي التأكيد على «الوصول السريع للمساعدات" للمتضررين، مذكرا بأنه حث الرئيس على رفع القيود.'
    cues = [s.cue.text for s in run(pipeline, text)]
    assert "مذكرا" in cues


def test_a_noun_after_tamma_is_no_statement(pipeline):
    assert run(pipeline, "وتم نقلهم من السجن إلى المحكمة في ظروف غامضة دون إبلاغ ذويهم.") == []


def test_the_first_line_without_a_full_stop_is_the_title(pipeline):
    text = ("سياسي / الأمين العام يؤكد تمسك دول المجلس بتنفيذ قرار مجلس الأمن بشأن اليمن ودعم الشرعية "
            "في مواجهة الانقلاب\n\nوقال الأمين العام لمجلس التعاون إن المجلس يدعم الحكومة اليمنية.")
    assert [s.cue.text for s in run(pipeline, text)] == ["وقال"]


def test_a_participle_inside_a_quoted_report(pipeline):
    text = ("وقالت وزارة الخارجية المصرية في بيان “أكد المتحدث باسم الوزارة رفض مصر للتدخل "
            "معتبرا التصريحات غير مقبولة”.")
    assert "معتبرا" in [s.cue.text for s in run(pipeline, text)]


def test_a_first_line_that_reports_is_kept_without_its_full_stop(pipeline):
    text = "قال الكرملين إن الاتصال بين الرئيسين كان بناء ومثمرا وتناول ملفات عديدة بينها أوكرانيا وسوريا\nوأضاف أن الحوار سيستمر."
    assert [s.cue.text for s in run(pipeline, text)] == ["قال", "وأضاف"]


@pytest.mark.parametrize("text, expected", [
    # the office next to the name is the one the person speaks from
    ("وقال نائب رئيس مجلس الوزراء وزير الخارجية الكويتي الشيخ صباح الخالد إن الوضع خطير.",
     ("صباح الخالد", "Kuwaiti Foreign Ministry")),
    # a spokesperson's rank is not an office
    ("وصرح المتحدث الرسمي باسم الرئاسة المصرية السفير بسام راضي بأن اللقاء تناول العلاقات الثنائية.",
     ("بسام راضي", "Egyptian Presidency")),
    # an envoy speaks as the envoy of the head of state he serves («رئيس» + a country's name)
    ("وقال المبعوث الخاص لرئيس روسيا نائب وزير الخارجية ميخائيل بوغدانوف إن موسكو تدعم الحوار.",
     ("ميخائيل بوغدانوف", "Kremlin")),
    # the cabinet at large is less telling than the ministry before it
    ("وأكد وزير النفط وزير الدولة للشؤون الاقتصادية الكويتي الدكتور سعد البراك أن الكويت ملتزمة بالحصص.",
     ("سعد البراك", "Kuwaiti Oil Ministry")),
])
def test_two_roles_before_one_name(pipeline, text, expected):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == expected


def test_a_later_role_alone_points_to_the_person_of_two_roles(pipeline):
    text = ("واستقبل الرئيس وفدا برئاسة المبعوث الخاص لرئيس الصين وزير التجارة وانغ ون تاو في القاهرة.\n"
            "وقال المبعوث الصيني إن بكين تدعم مشروعات التنمية.")
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == ("وانغ ون تاو", "Chinese Presidency")


def test_a_role_without_its_country_keeps_the_person_s_office(pipeline):
    # «السفير» alone would be the foreign ministry of whichever country came last (here Bahrain)
    text = ("والتقى وزير الخارجية البحريني الوفد.\n"
            "وصرح المتحدث باسم الرئاسة المصرية السفير بسام راضي بأن اللقاء كان مثمرا.\n"
            "وأضاف السفير راضي أن الجانبين اتفقا على التنسيق.")
    sts = run(pipeline, text)
    assert [(s.speaker.name, s.institution.name_en) for s in sts] == [("بسام راضي", "Egyptian Presidency")] * 2


def test_a_known_name_run_stops_where_another_person_s_name_starts(pipeline):
    text = ("وقال الرئيس الفلسطيني محمود عباس إن الحوار مستمر، فيما قال رئيس المكتب السياسي لحماس "
            "إسماعيل هنية إن الحركة مستعدة.\nواتهم عباس هنية بأنه يعرقل المصالحة.")
    last = run(pipeline, text)[-1]
    assert (last.cue.text, last.speaker.name) == ("واتهم", "محمود عباس")


def test_a_pronoun_after_the_complementizer_is_the_subject(pipeline):
    text = "وقال وزير الخارجية البريطاني ديفيد لامي إنه حث الرئيس التونسي على احترام الحريات."
    sts = run(pipeline, text)
    assert [(s.cue.text, s.speaker.name) for s in sts] == [("وقال", "ديفيد لامي"), ("حث", "ديفيد لامي")]


def test_a_spokesperson_by_its_pronoun_with_a_name(pipeline):
    text = ("وأعلنت حركة حماس رفضها للمقترح.\n"
            "وقال المتحدث باسمها حازم قاسم في بيان إن الحركة لن تقبل بأي اتفاق منقوص.")
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("حازم قاسم", "Hamas")


@pytest.mark.parametrize("text, speaker, institution", [
    # a construct and the body it belongs to, then the official's name
    ("وقال مسؤول عمليات حفظ السلام في الأمم المتحدة جان بيير لاكروا إن البعثة ستبقى.",
     "جان بيير لاكروا", "United Nations"),
    # the whole phrase of an unnamed source is its name; a place is not an institution
    ("وطالب عدد من أهالي المعتقلين الأردنيين في سوريا بالإفراج عنهم.",
     "عدد من أهالي المعتقلين الأردنيين في سوريا", None),
    # a sound plural has no construct: the definite noun after it is the verb's object
    ("ورفض مسؤولون إثيوبيون التعليق على التقرير.", "مسؤولون إثيوبيون", "Ethiopian Government"),
])
def test_unnamed_sources_read_whole(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == (speaker, institution)


def test_a_feminine_verb_does_not_continue_a_man_with_a_role(pipeline):
    text = ("وقال الرئيس الأميركي جو بايدن إن واشنطن ستدعم المفاوضات.\n"
            "وحذرت من أن أي تصعيد سيقوض الجهود.")
    sts = run(pipeline, text)
    assert sts[-1].speaker is None or sts[-1].speaker.name != "جو بايدن"


def test_a_participle_hangs_on_the_subject_of_its_sentence(pipeline):
    text = ("وقال مسؤول في الوفد إن المفاوضات صعبة. وقبل أيام من الجولة سعى رئيس الوزراء الأردني، "
            "بشر الخصاونة، لطمأنة الشارع، قائلا خلال زيارته إلى القاهرة إن «الحوار هو الطريق».")
    sts = run(pipeline, text)
    assert [(s.cue.text, s.speaker.name) for s in sts][-1] == ("قائلا", "بشر الخصاونة")


def test_a_participle_after_a_report_continues_the_reporter(pipeline):
    text = "وقال وزير الخارجية الأردني إن الرئيس الفرنسي رفض المقترح، مشيرا إلى أن عمان ستواصل اتصالاتها."
    sts = run(pipeline, text)
    assert [(s.cue.text, s.speaker.name) for s in sts][-1][1] == "وزير الخارجية الأردني"


def test_a_name_then_an_adviser_role_with_its_portfolio(pipeline):
    text = ("وتسعى مصر إلى حلحلة المفاوضات، وتخشى القاهرة على حصتها من مياه النيل، ويقول الخبراء المصريون "
            "إن الوقت يضيق.\n"
            "وأوضح الدكتور سامي فهمي مستشار وزير الري لشؤون السدود لـ«الشرق الأوسط» أن الجولة صعبة.")
    st = run(pipeline, text)[-1]
    assert st.quote.text == "الجولة صعبة"
    assert st.speaker.name == "سامي فهمي"
    assert st.institution.name_en == "Egyptian Irrigation Ministry"


@pytest.mark.parametrize("text, speaker, institution", [
    ("وقالت حركة «حماس» إن الاحتلال يتحمل المسؤولية.", "حركة «حماس»", "Hamas"),
    ("وأعلن تنظيم داعش مسؤوليته عن الهجوم.", "تنظيم داعش", "ISIS"),
    ('وذكرت صحيفة "واشنطن بوست" أن الإدارة تدرس الخيارات.', 'صحيفة "واشنطن بوست"', "Washington Post"),
    # unknown to the lexicon: the organisation still speaks, with no institution
    ("وأعلنت غرفة عمليات «بركان الغضب»، عبر صفحتها الرسمية، أن قواتها تقدمت.",
     "غرفة عمليات «بركان الغضب»", None),
])
def test_an_organisation_named_by_a_noun_and_its_quoted_name(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert st.speaker.name == speaker
    assert (st.institution.name_en if st.institution else None) == institution
    assert st.quote is not None and speaker not in st.quote.text


def test_relayed_through_a_pronoun_and_after_a_relative_clause(pipeline):
    text = ("وصل سامي الحداد، وزير خارجية الحكومة المؤقتة في ليبيا، إلى القاهرة أمس.\n"
            "ونقلت مصادر صحافية عن الحداد، الذي يزور مصر للمرة الأولى، قوله إن المحادثات مثمرة، "
            "بينما نقلت مواقع إلكترونية عنه القول إنه متفائل.")
    sts = run(pipeline, text)
    assert [(s.speaker.name, s.institution.name_en) for s in sts] == [("سامي الحداد", "Libyan Foreign Ministry")] * 2
    assert sts[0].quote.text == "المحادثات مثمرة"


def test_bare_sources_are_the_sources_already_met(pipeline):
    text = ("كشفت مصادر دبلوماسية رفيعة عن اجتماع مرتقب بين الجانبين.\n"
            "وأضافت مصادر أن الاجتماع سيعقد في جنيف.")
    assert [s.speaker.name for s in run(pipeline, text)] == ["مصادر دبلوماسية رفيعة"] * 2


@pytest.mark.parametrize("text, speaker, institution", [
    ("وتطالب دول عدة بينها الأردن وقطر والمغرب بوقف فوري لإطلاق النار.", "دول عدة بينها الأردن وقطر والمغرب", None),
    # one named member is the institution
    ("وحذرت منظمات الإغاثة ومنها أطباء بلا حدود من تفشي الأوبئة.", "منظمات الإغاثة ومنها أطباء بلا حدود",
     "Doctors Without Borders"),
    # countries named together speak for no one government
    ("ورحبت الرياض والقاهرة وعمان بالاتفاق.", "الرياض والقاهرة وعمان", None),
    # two people named together after the verb speak together
    ("وأعلن نفتالي بينيت ويائير لبيد أن الحكومة ستحل الكنيست.", "نفتالي بينيت ويائير لبيد", None),
])
def test_groups_and_their_members(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert st.speaker.name == speaker
    assert (st.institution.name_en if st.institution else None) == institution


def test_a_plural_in_ين_after_the_verb_is_its_object(pipeline):
    text = "ونفت طهران بشكل قاطع أي تورط في الهجوم، واتهمت المتشددين الأكراد بتنفيذه."
    sts = run(pipeline, text)
    assert [s.speaker.name for s in sts] == ["طهران", "طهران"]


def test_a_joined_verb_shares_the_subject_of_the_reported_clause(pipeline):
    text = ("ونقلت وكالة الأنباء عن مصدر في الرئاسة قوله إن الرئيس اللبناني جوزيف عون أجرى اتصالا "
            "مع نظيره السوري وطالب بضبط الحدود.")
    sts = run(pipeline, text)
    assert [(s.cue.text, s.speaker.name) for s in sts][-1] == ("وطالب", "جوزيف عون")


def test_a_joined_verb_after_a_quote_continues_the_quoted_speaker(pipeline):
    text = 'لكن لافروف قال: "نؤمن أن النظام فقد شرعيته"، وأضاف: "لا حل عسكريا".'
    sts = run(pipeline, text)
    assert [s.speaker.name for s in sts] == ["لافروف", "لافروف"]


def test_a_surname_without_its_article_is_the_same_person(pipeline):
    text = ("وقال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة لن تتراجع.\n"
            "وأضاف سوداني أن الحكومة ستحمي البعثات.")
    assert [s.speaker.name for s in run(pipeline, text)] == ["محمد شياع السوداني"] * 2


def test_a_person_keeps_the_office_of_a_body_named_without_its_country(pipeline):
    text = ("تشهد ليبيا معارك عنيفة، وأعلن الجيش الليبي تقدمه في بنغازي، وقال مسؤول ليبي إن الوضع صعب.\n"
            "وقال العقيد سالم المبروك، رئيس جهاز مكافحة الإرهاب، إن قواته تقدمت.\n"
            "وأوضح المبروك أن العملية مستمرة.")
    sts = run(pipeline, text)
    assert [(s.speaker.name, s.institution.name_en) for s in sts][-2:] == \
        [("سالم المبروك", "Libyan Counter-Terrorism Agency")] * 2


def test_an_official_of_an_organisation_in_a_genitive_chain(pipeline):
    text = "وأكد المسؤول الإعلامي للجناح العسكري لحركة حماس أن الهدنة انتهت."
    (st,) = run(pipeline, text)
    assert st.speaker.name == "المسؤول الإعلامي للجناح العسكري لحركة حماس"
    assert st.institution.name_en == "Al-Qassam Brigades"  # the lexicon knows the wing itself


def test_an_official_of_an_unknown_wing_speaks_for_the_organisation(pipeline):
    text = "وقال المسؤول الإعلامي للمكتب الطلابي لحزب الله إن الانتخابات تأجلت."
    (st,) = run(pipeline, text)
    assert st.institution.name_en == "Hezbollah"


@pytest.mark.parametrize("text, speaker, quote", [
    ('وكتب الرئيس الأوكراني فولوديمير زيلينسكي على تلغرام قبيل وصوله إلى القمة "لا يوجد استعداد لدعوة أوكرانيا".',
     "فولوديمير زيلينسكي", "لا يوجد استعداد لدعوة أوكرانيا"),
    # a quoted platform before أن is not the content
    ('كتبت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا على قناتها في "تلغرام" أن الغرب يحاول عزل روسيا.',
     "ماريا زاخاروفا", "الغرب يحاول عزل روسيا"),
])
def test_posts_on_social_media_are_statements(pipeline, text, speaker, quote):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.quote.text) == (speaker, quote)


def test_kutub_the_plural_noun_is_no_cue(pipeline):
    assert run(pipeline, "وقرأ الطلاب كتب التاريخ في المكتبة العامة.") == []


@pytest.mark.parametrize("text, speaker, institution", [
    ("وقالت السفيرة الأمريكية لدى الأمم المتحدة ليندا توماس-جرينفيلد إن القرار ملزم.",
     "ليندا توماس-جرينفيلد", "US State Department"),
    ("وقال مندوب سورية الدائم لدى الأمم المتحدة بشار الجعفري إن بلاده ترفض القرار.",
     "بشار الجعفري", "Syrian Foreign Ministry"),
    ("وقال رئيس الوفد الروسي للمحادثات فلاديمير ميدينسكي إن اللقاء كان بناء.",
     "فلاديمير ميدينسكي", "Russian Government"),
    # a generic role gives only the government; the people file knows the office
    ("وقال الوزير الروسي سيرغي لافروف إن موسكو منفتحة على الحوار.", "سيرغي لافروف", "Russian Foreign Ministry"),
    ("وقال المبعوث الأميركي آموس هوكشتاين إن الاتفاق قريب.", "آموس هوكشتاين", "White House"),
])
def test_between_a_role_and_its_holder(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, cue, speaker", [
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن القمة ناجحة.\n"
     "وكان ولي العهد السعودي الأمير محمد بن سلمان قد قال إن القمة تاريخية.", "قال", "محمد بن سلمان"),
    ("وقال رئيس الوفد الروسي إن المحادثات مفيدة.\n"
     "أما رئيس الوفد الأوكراني ديفيد أراخاميا، فقال إن المحادثات صعبة.", "فقال", "ديفيد أراخاميا"),
    ("وقال قائد الجيش السوداني عبد الفتاح البرهان إن الحرب ستنتهي، لكنه اتهم قوات الدعم السريع بعرقلة الهدنة.",
     "اتهم", "عبد الفتاح البرهان"),
    ("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع كارثي. وحث جميع الأطراف على ضبط النفس.",
     "وحث", "أنطونيو غوتيريش"),
    ("وقال الوزير إن الحوار مستمر. غير أن دبلوماسيا أوروبيا رفض الكشف عن اسمه قال إن الاتفاق بعيد.",
     "قال", "دبلوماسي أوروبي"),
])
def test_subjects_real_articles_put_elsewhere(pipeline, text, cue, speaker):
    st = [s for s in run(pipeline, text) if s.cue.text == cue][-1]
    assert st.speaker.name == speaker


def test_declining_to_be_named_is_no_statement(pipeline):
    text = "وقال مسؤول أمريكي، طلب عدم نشر اسمه، إن الضربات ستستمر."
    assert [s.cue.text for s in run(pipeline, text)] == ["وقال"]


def test_a_counterpart_holds_the_host_s_office_in_her_country(pipeline):
    text = ("واستقبل سامح شكري وزير الخارجية نظيرته الفرنسية كاترين كولونا بمقر الوزارة بالقاهرة.\n"
            "من جانبها، قالت الوزيرة الفرنسية خلال المؤتمر الصحفي إن بلادها تدعم الحل.")
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == ("كاترين كولونا", "French Foreign Ministry")


def test_an_office_named_with_its_holder_still_speaks_as_the_office(pipeline):
    text = "وأفاد مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو في بيان بأن عدة بنود لم تحسم."
    (st,) = run(pipeline, text)
    assert st.speaker.kind == "institution"
    assert st.institution.name_en == "Israeli Prime Minister's Office"


@pytest.mark.parametrize("text, speaker, institution", [
    ("وأعلنت حركة حماس قبولها المقترح. وقال القيادي في الحركة أسامة حمدان للجزيرة إن الحركة تعاملت بمسؤولية.",
     "أسامة حمدان", "Hamas"),
    ("وأعلنت جماعة الحوثي مسؤوليتها عن الهجوم. وقال كبير مفاوضي الجماعة إن الهجمات ستستمر.",
     "كبير مفاوضي الجماعة", "Houthis"),
])
def test_an_official_of_the_organisation_named_before(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_a_diplomat_at_the_security_council_speaks_for_no_body(pipeline):
    (st,) = run(pipeline, "وقال دبلوماسيون في مجلس الأمن إن التصويت تأجل.")
    assert st.institution is None


def test_a_bare_body_takes_the_country_named_before_it_not_after(pipeline):
    text = ("رام الله 3-7-2023 (وفا) - أدانت الرئاسة الفلسطينية العدوان على جنين.\n"
            "من جانبها، طالبت وزارة الخارجية والمغتربين بتوفير الحماية الدولية لشعبنا.\n"
            "وأكد وزير الخارجية الأردني أيمن الصفدي وقوف المملكة إلى جانب الأشقاء.")
    sts = run(pipeline, text)
    ministry = next(s for s in sts if s.cue.text == "طالبت")
    assert ministry.speaker.name == "وزارة الخارجية والمغتربين"
    assert ministry.institution.name_en == "Palestinian Foreign Ministry"


def test_a_bare_role_bound_to_a_person_keeps_his_office_abroad(pipeline):
    text = ("برلين - أكد وزير الخارجية عادل بن أحمد الجبير أن المملكة حريصة على علاقاتها، وذلك خلال مؤتمر "
            "صحفي مع نظيره الألماني فرانك فالتر شتاينماير في برلين.\n"
            "ورأى وزير الخارجية أن طهران تواصل تدخلها في شؤون المنطقة.")
    assert [s.institution.name_en for s in run(pipeline, text) if s.speaker.name.endswith("الجبير")] == \
        ["Saudi Foreign Ministry"] * 2


@pytest.mark.parametrize("text, speaker, institution", [
    ('وسارع رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى إلغاء الزيارة. وقال مكتبه في بيان إن القرار "تراجع واضح".',
     "مكتب رئيس الوزراء الإسرائيلي", "Israeli Prime Minister's Office"),
    ("وقال المتحدث باسم البيت الأبيض للأمن القومي جون كيربي إن الامتناع لا يمثل تحولا.", "جون كيربي", "White House"),
    ("وأعلن سيادة الرئيس محمود عباس وقف الاتصالات مع الجانب الإسرائيلي.", "محمود عباس", "Palestinian Presidency"),
])
def test_offices_titles_and_postings(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, institution", [
    ("وقال الشيخ عبدالله بن زايد آل نهيان وزير الخارجية إن الهجوم إرهابي.", "عبدالله بن زايد آل نهيان",
     "UAE Foreign Ministry"),
    ("وأكد منسق الاتحاد الأوروبي للمحادثات إنريكي مورا أن الجولة حاسمة.", "إنريكي مورا", "European Union"),
    ("وأعلنت الأمم المتحدة تعليق المساعدات. وصرح المتحدث باسم الأمين العام ستيفان دوجاريك بأن القرار مؤقت.",
     "ستيفان دوجاريك", "UN Secretary-General"),
])
def test_houses_constructs_and_spokespeople_of_an_office(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text", [
    'وقالت الوزارة إن هذا الموقف "يكشف مجددا عن غياب الإرادة السياسية".',
    "وحذر المبعوث الأممي من أن التصعيد يهدد مسار السلام في المنطقة.",
    'وكما يقول المثل "ليس كل ما يلمع ذهبا"، فإن التعافي بطيء.',
    "وجاء ذلك بحسب نص البيان الذي اطلعت عليه الوكالة.",
])
def test_cue_verbs_in_other_senses(pipeline, text):
    cues = [s.cue.text for s in run(pipeline, text)]
    assert not any(c in ("يكشف", "مجددا", "يهدد", "يقول", "اطلعت") for c in cues)


@pytest.mark.parametrize("text, speaker, institution", [
    ("رام الله - وقال الناطق الرسمي باسم الرئاسة نبيل أبو ردينة، إن التصعيد خطير.", "نبيل أبو ردينة",
     "Palestinian Presidency"),
    ('ومن جهته، كتب المستشار الدبلوماسي لرئيس الدولة الدكتور أنور قرقاش في تغريدة: "الحرب في اليمن انتهت".',
     "أنور قرقاش", "UAE Presidency"),
    ('وأشاد الأمين العام لمجلس التعاون الدكتور نايف فلاح الحجرف بما تضمنه "إعلان العلا".', "نايف فلاح الحجرف",
     "Gulf Cooperation Council"),
])
def test_names_after_long_roles(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, quote", [
    ("«لن نتراجع عن موقفنا»، قال وزير الخارجية الإيراني عباس عراقجي للصحفيين.", "عباس عراقجي",
     "لن نتراجع عن موقفنا"),
    ('"الوضع خطير جدا"، أضاف المتحدث باسم الخارجية الروسية.', "المتحدث باسم الخارجية الروسية", "الوضع خطير جدا"),
])
def test_the_words_before_the_verb_in_wire_copy(pipeline, text, speaker, quote):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.quote.text, st.quote.kind) == (speaker, quote, "direct")


def test_numbered_sources_behind_an_agency(pipeline):
    (st,) = run(pipeline, "ونقلت وكالة رويترز عن ثلاثة مصادر مطلعة أن الاتفاق بات وشيكا.")
    assert st.speaker.name == "ثلاثة مصادر مطلعة"


def test_the_ministry_points_back_to_an_institution_named_by_its_short_form(pipeline):
    text = ('وأكدت الخارجية الأمريكية في بيان أن واشنطن تتابع التطورات.\n'
            'وأضافت الوزارة أن الوزير سيزور المنطقة الأسبوع المقبل.')
    assert [s.institution.name_en for s in run(pipeline, text)] == ["US State Department"] * 2


def test_a_role_whose_last_word_opens_a_named_institution(pipeline):
    (st,) = run(pipeline, 'واعتبر رئيس البرلمان العربي عادل العسومي أن القرار "خطوة مهمة".')
    assert (st.speaker.name, st.institution.name_en) == ("عادل العسومي", "Arab Parliament")


def test_a_ministry_named_in_full_before_its_minister(pipeline):
    text = ("الرباط - أكد وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة، "
            "اليوم الثلاثاء بالرباط، أن المملكة متشبثة بالحل السياسي.")
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == ("ناصر بوريطة", "Moroccan Foreign Ministry")


def test_a_first_name_that_reads_as_a_future_verb_is_a_name(pipeline):
    # «سعد» is not س + عدّ
    (st,) = run(pipeline, "وقال وزير الخارجية اللبناني الأسبق سعد بطرس إن الحوار ضروري.")
    assert st.cue.text == "وقال"


@pytest.mark.parametrize("text, speaker, institution", [
    ("ورحب رئيس وفد جماعة الحوثيين المفاوض والمتحدث باسمها محمد عبد السلام بالإعلان.", "محمد عبد السلام", "Houthis"),
    ("ورحبت رئيسة بعثة الأمم المتحدة لمساعدة العراق (يونامي) جينين هينيس بلاسخارت بسير الاقتراع.",
     "جينين هينيس بلاسخارت", "UNAMI"),
    # a named organisation's leader is not his earlier ministry in the people file
    ("أما رئيس التيار الوطني الحر النائب جبران باسيل فاعتبر أن التقاطع أسقط المعادلة.", "جبران باسيل",
     "Free Patriotic Movement"),
    ("أبوظبي - قالت ريم بنت إبراهيم الهاشمي، وزيرة دولة لشؤون التعاون الدولي، إن المستشفى جاهز.",
     "ريم بنت إبراهيم الهاشمي", "UAE Government"),
])
def test_more_between_a_role_and_its_holder(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_a_bare_body_in_a_datelined_article_is_the_home_country_s(pipeline):
    text = ("الجزائر - قررت الجزائر استدعاء سفيرها بباريس للتشاور، حسب ما أفاد به بيان لرئاسة الجمهورية.\n"
            "وأوضح البيان أن القرار جاء إثر تصريحات نسبت إلى رئيس الجمهورية الفرنسية.\n"
            "واعتبرت رئاسة الجمهورية أن هذه التصريحات غير مقبولة.")
    assert [s.institution.name_en for s in run(pipeline, text)] == ["Algerian Presidency"] * 3


def test_a_role_with_a_country_points_to_the_counterpart_named_before(pipeline):
    text = ("استقبل سامح شكري، وزير الخارجية، اليوم السبت، نظيره التركي مولود جاويش أوغلو بالقاهرة.\n"
            "وقال جاويش أوغلو إن أنقرة حريصة على العلاقات، وأضاف الوزير التركي أن السفراء سيعودون.\n"
            "وثمن الوزير التركي موقف مصر، معتبرا أن الزيارة تاريخية.")
    sts = run(pipeline, text)
    assert {(s.speaker.name, s.institution.name_en) for s in sts} == {("مولود جاويش أوغلو", "Turkish Foreign Ministry")}


def test_a_name_that_is_also_an_office_word(pipeline):
    (st,) = run(pipeline, "وقال رئيس مؤتمر المناخ سلطان بن أحمد الجابر إن الاتفاق تاريخي.")
    assert st.speaker.name == "سلطان بن أحمد الجابر"


def test_the_article_s_person_outranks_a_people_file_alias(pipeline):
    text = ("وقال وزير المالية الفلسطيني شكري بشارة إن الخصومات غير قانونية.\n"
            "وأوضح شكري أن الحكومة ستلجأ إلى القضاء.")
    assert [(s.speaker.name, s.institution.name_en) for s in run(pipeline, text)] == \
        [("شكري بشارة", "Palestinian Finance Ministry")] * 2


def test_an_outlet_between_the_verb_and_its_subject(pipeline):
    (st,) = run(pipeline, "وقالت للسومرية نيوز وزارة النفط العراقية إن الصادرات ستستأنف.")
    assert st.institution.name_en == "Iraqi Oil Ministry"


def test_a_long_subject_before_qad_and_a_lone_object_after_the_verb(pipeline):
    text = ("وكان المتحدث الرسمي باسم تحالف دعم الشرعية العميد الركن تركي المالكي قد أعلن، السبت، "
            "وصول 15 أسيرا إلى الرياض.")
    (st,) = run(pipeline, text)
    assert st.speaker.name == "تركي المالكي"


@pytest.mark.parametrize("text, speaker, institution", [
    ("وأوضح الرئيس المدير العام لسوناطراك توفيق حكار أن الاتفاق يرفع الإمدادات.", "توفيق حكار", "Sonatrach"),
    # ل + a definite noun starting with ل: «للجنة» is ل + اللجنة
    ("وقال المدير الإقليمي للجنة الدولية للصليب الأحمر فابريزيو كاربوني، في مؤتمر صحفي، إن العملية نجحت.",
     "فابريزيو كاربوني", "ICRC"),
])
def test_companies_and_a_lam_before_lam(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_a_deputy_governor_named_before_his_object(pipeline):
    text = ("بيروت - تسلم النائب الأول لحاكم مصرف لبنان وسيم منصوري مهامه أمس.\n"
            "وفي أول مؤتمر صحافي له، أعلن منصوري أن المصرف لن يموّل الحكومة.")
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == ("وسيم منصوري", "Lebanese Central Bank")


def test_a_role_then_its_object_is_no_name(pipeline):
    (st,) = run(pipeline, "وأكد الوزير ضرورة الالتزام بالاتفاق.")
    assert st.speaker.name == "الوزير"


@pytest.mark.parametrize("text, speaker, institution", [
    ("واعتبر سايمون ستيل، الأمين التنفيذي لاتفاقية الأمم المتحدة الإطارية، أن النتيجة تاريخية.", "سايمون ستيل",
     "United Nations"),
    ("وأعلن صندوق النقد الدولي رفع القرض. وقالت إيفانا هولار، رئيسة بعثة الصندوق إلى مصر، إن الخطوات حاسمة.",
     "إيفانا هولار", "IMF"),
    # a source's ل-phrase is the outlet it spoke to
    ("وقال مصدر سياسي مطلع لشفق نيوز إن المفاوضات متعثرة.", "مصدر سياسي مطلع", None),
])
def test_roles_after_names_and_outlets_after_sources(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, quote", [
    # a fronted topic taken up by a pronoun after the verb is the content
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن الحوار ضروري. القلق ذاته من التصعيد في الضفة "
     "عبر عنه وزير الخارجية المصري سامح شكري أمس.", "سامح شكري", "القلق ذاته من التصعيد في الضفة"),
    ("هذا الموقف أشارت إليه المتحدثة باسم الخارجية الفرنسية في مؤتمرها الأسبوعي.",
     "المتحدثة باسم الخارجية الفرنسية", "هذا الموقف"),
])
def test_a_fronted_topic_resumed_by_a_pronoun(pipeline, text, speaker, quote):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.quote.text) == (speaker, quote)


def test_a_relative_before_the_verb_leaves_the_subject_after_the_pronoun(pipeline):
    (st,) = run(pipeline, "وهو ما شدد عليه رئيس الوزراء العراقي في كلمته.")
    assert st.speaker.name == "رئيس الوزراء العراقي"


def test_content_stops_at_the_end_of_its_sentence(pipeline):
    first, _ = run(pipeline, "أكد الوزير في مؤتمر صحفي. وقال الرئيس التونسي إن الحل قريب.")
    assert first.quote is None or "الحل" not in first.quote.text


@pytest.mark.parametrize("text, institution", [
    # rebels are a body of the country the article is about; some countries' rebels have a name
    ("جوبا - اتهم المتمردون الحكومة بخرق الهدنة.", "South Sudanese Rebels"),
    ("صنعاء - قال المتمردون في بيان إنهم استهدفوا سفينة في البحر الأحمر.", "Houthis"),
    # «جنوب السودان» counts for South Sudan only, not also for Sudan
    ("تتواصل المعارك في جنوب السودان. وتقول الأمم المتحدة إن جنوب السودان يواجه المجاعة.\n"
     "وتعثرت محادثات السلام في جنوب السودان. وقال المتمردون إن الحكومة تمنع المساعدات.",
     "South Sudanese Rebels"),
])
def test_rebels_take_the_country_of_the_article(pipeline, text, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("المتمردون", institution)


def test_a_state_body_after_the_verb_is_its_subject_not_the_one_before(pipeline):
    text = "جوبا - نفى الجيش ما أعلنه المتمردون عن حصار المدينة."
    assert [st.speaker.name for st in run(pipeline, text)] == ["الجيش", "المتمردون"]


@pytest.mark.parametrize("text, speaker, institution, quote", [
    # an embassy is named with the place that hosts it, and the place is no بـ of the content; it speaks
    # for its country's foreign ministry
    ("ورحّبت السفارة البريطانية في بغداد بتشكيل الحكومة الجديدة.", "السفارة البريطانية في بغداد", "UK Foreign Office",
     "بتشكيل الحكومة الجديدة"),
    ("وقالت سفارة مصر لدى ليبيا إن أفراد الجالية بخير.", "سفارة مصر لدى ليبيا", "Egyptian Foreign Ministry",
     "أفراد الجالية بخير"),
    # a ministerial source speaks for the government of the dateline's country
    ("بيروت - وكشف مصدر وزاري أن الحكومة ستجتمع الأسبوع المقبل.", "مصدر وزاري", "Lebanese Government",
     "الحكومة ستجتمع الأسبوع المقبل"),
])
def test_embassies_with_their_host_and_ministerial_sources(pipeline, text, speaker, institution, quote):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en, st.quote.text) == (speaker, institution, quote)


@pytest.mark.parametrize("text, speaker, institution", [
    # two offices of one man without a name: the second is the one he speaks from
    ("كما أشاد نائب الرئيس اليمني رئيس مجلس الوزراء بالتحسن في عمليات الإغاثة.",
     "نائب الرئيس اليمني رئيس مجلس الوزراء", "Yemeni Government"),
    # but a verb of telling takes the second office as the one told
    ("وأبلغ وزير الخارجية الأميركي رئيس الوزراء أن واشنطن ستدعم بغداد.", "وزير الخارجية الأميركي",
     "US State Department"),
    ("وأكد وزير الخارجية الأميركي رئيس الوزراء العراقي أن واشنطن ستدعم بغداد.", "وزير الخارجية الأميركي",
     "US State Department"),
])
def test_two_offices_without_a_name(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("dateline, institution", [
    ("الرياض 11 رمضان 1444 هـ الموافق 02 أبريل 2023 م واس", "Saudi Energy Ministry"),
    ("القاهرة - أ ش أ", "Egyptian Energy Ministry"),
])
def test_a_dateline_line_places_bare_bodies(pipeline, dateline, institution):
    text = (f"عنوان: خفض طوعي للإنتاج\n\n{dateline}\n\n"
            "صرح مصدر مسؤول في وزارة الطاقة بأن الخفض احترازي.\n\n"
            "ونقلت وكالة تاس عن نائب رئيس الوزراء الروسي ألكسندر نوفاك قوله إن روسيا ستمدد خفضها. "
            "وقال الكرملين إن موسكو تنسق مع شركائها. وأكدت موسكو أن السوق مستقرة.")
    st = run(pipeline, text)[0]
    assert st.institution.name_en == institution


@pytest.mark.parametrize("text, speaker, institution", [
    ("وأضاف السكرتير الصحفي للرئيس الروسي أن موقف موسكو معروف.", "السكرتير الصحفي للرئيس الروسي", "Kremlin"),
    # an office of an organisation named by a noun and its quoted name, then a title and the name
    ('ورأى رئيس كتلة "الوفاء للمقاومة" النائب محمد رعد أن ولادة الحكومة فرصة.', "محمد رعد", "Hezbollah"),
    # the office's adjective, then the organisation it serves, then the name
    ("وقال رئيس الوفد المفاوض لجماعة أنصار الله محمد عبدالسلام إن التمديد جاء استجابة للمساعي.",
     "محمد عبدالسلام", "Houthis"),
    # الرئيس alone is the honorific of a head of government or parliament too
    ("أبصرت حكومة الرئيس نجيب ميقاتي النور أمس. وقال ميقاتي إن الوضع صعب.", "نجيب ميقاتي", "Lebanese Government"),
    ("وقال الرئيس نبيه بري إن الجلسة في موعدها.", "نبيه بري", "Lebanese Parliament"),
    ("وقال الرئيس جو بايدن إن الجلسة في موعدها.", "جو بايدن", "White House"),
])
def test_offices_of_named_organisations_and_honorific_presidents(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_a_first_name_spelt_otherwise_keeps_the_person(pipeline):
    text = "وقال أنطوني بلينكن إن الحل قريب. وأضاف بلينكن أن واشنطن مستعدة."
    assert [(st.speaker.name, st.institution.name_en) for st in run(pipeline, text)] == [
        ("أنطوني بلينكن", "US State Department"), ("أنطوني بلينكن", "US State Department")]


def test_anne_is_a_name_not_the_particle(pipeline):
    (st,) = run(pipeline, "واعتبرت آن راسموسن، كبيرة مفاوضي التحالف، أن النص يتضمن ثغرات.")
    assert (st.speaker.name, st.quote.text) == ("آن راسموسن", "النص يتضمن ثغرات")


@pytest.mark.parametrize("text, institution", [
    ("وقال وزير الري المصري إن الاجتماع مهم.", "Egyptian Irrigation Ministry"),
    ("وقال المتحدث باسم وزارة الموارد المائية العراقية خالد شمال إن المخزون تراجع.", "Iraqi Water Resources Ministry"),
    ("وقال وزير المياه والري والطاقة الإثيوبي إن الملء طبيعي.", "Ethiopian Water Ministry"),
    # a joint statement is all its issuers'
    ("وأوضح بيان مشترك صادر عن السعودية والولايات المتحدة أن الطرفين وقعا الإعلان.", "Saudi Government"),
])
def test_water_ministries_and_joint_statements(pipeline, text, institution):
    (st,) = run(pipeline, text)
    assert st.institution.name_en == institution
    assert "الولايات المتحدة" in st.speaker.name or "بيان" not in st.speaker.name


@pytest.mark.parametrize("text, speaker, institution", [
    ("وقال مصدر دبلوماسي تركي إن أنقرة مستعدة للوساطة.", "مصدر دبلوماسي تركي", "Turkish Foreign Ministry"),
    ("وقالت مصادر أمنية عراقية إن الهجوم وقع ليلا.", "مصادر أمنية عراقية", "Iraqi Security Forces"),
    ("وقال دبلوماسي أميركي كبير إن الهجوم وقع ليلا.", "دبلوماسي أميركي كبير", "US State Department"),
    # no country, no institution; the outlet after a source is not the source
    ("وقال دبلوماسي غربي إن الهجوم وقع ليلا.", "دبلوماسي غربي", None),
    ("وقال مصدر دبلوماسي لموزاييك إن الاجتماع أرجئ.", "مصدر دبلوماسي", None),
])
def test_unnamed_sources_with_a_sector_and_a_country(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, institution", [
    # the preposition of an according-to source is not part of its name
    ("ووفقا لمصادر دبلوماسية في نيويورك، فإن مشروع القرار يواجه تحفظات.", "مصادر دبلوماسية في نيويورك", None),
    ("ووفقا للمتحدث باسم الخارجية الأمريكية، فإن الاجتماع أرجئ.", "المتحدث باسم الخارجية الأمريكية",
     "US State Department"),
    # a media office and the body it sits in
    ("بيروت - وأعلن مكتب الإعلام في رئاسة الجمهورية أن الرئيس وقع المراسيم.", "مكتب الإعلام في رئاسة الجمهورية",
     "Lebanese Presidency"),
    ("وأعلنت وزارة الطاقة والبنية التحتية في دولة الإمارات العربية المتحدة أن الدولة ستخفض إنتاجها.",
     "وزارة الطاقة والبنية التحتية في دولة الإمارات العربية المتحدة", "UAE Energy Ministry"),
])
def test_source_names_without_their_preposition_and_media_offices(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, institution", [
    # election commissions: a body any country has, and the usual English name of some countries'
    ("طرابلس - وقالت المفوضية الوطنية العليا للانتخابات في بيان إن التسجيل بدأ. "
     "وأكد رئيس المفوضية عماد السايح أن الموعد ثابت.", "عماد السايح", "Libyan High National Elections Commission"),
    ("بغداد - وقالت المتحدثة باسم المفوضية العليا المستقلة للانتخابات جمانة الغلاي إن النتائج ستعلن غدا.",
     "جمانة الغلاي", "Iraqi Independent High Electoral Commission"),
    ("عمّان - وقالت الهيئة المستقلة للانتخاب إن المشاركة بلغت ثلاثين في المئة.", "الهيئة المستقلة للانتخاب",
     "Jordanian Independent Election Commission"),
    # an adviser of the UN Secretary-General speaks for the UN
    ("وأعربت المستشارة الخاصة للأمين العام للأمم المتحدة بشأن ليبيا ستيفاني وليامز عن قلقها.", "ستيفاني وليامز",
     "United Nations"),
])
def test_election_commissions_and_un_advisers(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, institution", [
    # a source in the accusative after أن, with or without its tanween, is named in the nominative
    ("وأضاف أن مصدراً في شركة سومو قال إن الصادرات استؤنفت.", "مصدر في شركة سومو", "SOMO"),
    ("غير أن مسؤولًا أمريكيًا قال إن الحل قريب.", "مسؤول أمريكي", "US Government"),
    ("غير أن مسؤولا تركيا قال إن الحل قريب.", "مسؤول تركي", "Turkish Government"),
    # the federal ministry is the country's, and «الاتحادية» is part of its name
    ("بغداد - وأعلنت وزارة النفط الاتحادية أن الصادرات استؤنفت.", "وزارة النفط الاتحادية", "Iraqi Oil Ministry"),
])
def test_accusative_sources_and_federal_bodies(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text", [
    # conditions, behind و/ف too
    "ولو أقر المؤتمر لغة التخلص التدريجي لكان الاتفاق أقوى.",
    "فإذا أعلنت الحكومة رفع الدعم، فإن موجة غضب قد تعم.",
    "وفي حال أعلن المشير مقاطعة الاجتماع، فإن المبادرة ستفشل.",
    # a verbal noun after a preposition, across a quote mark or after «في ظل»
    "وتتزايد الدعوات إلى «رفض أي نص يستهدف الوقود».",
    "وتتعثر المفاوضات في ظل رفض نقابات عدة أي زيادة.",
])
def test_conditions_and_nouns_after_prepositions_are_no_statements(pipeline, text):
    assert run(pipeline, text) == []


@pytest.mark.parametrize("text, speaker, institution", [
    ("وذكرت وكالة أنباء الأناضول أن ستة أشخاص اعتقلوا.", "وكالة أنباء الأناضول", "Anadolu"),
    ("وقالت وكالة الأناضول للأنباء إن ستة أشخاص اعتقلوا.", "وكالة الأناضول للأنباء", "Anadolu"),
    # Egyptian copy writes a hard g with ج
    ("وقال ميخائيل بوجدانوف إن الحل قريب.", "ميخائيل بوجدانوف", "Russian Foreign Ministry"),
])
def test_agency_names_and_egyptian_spellings(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, institution", [
    ("وقال المتحدث العسكري باسم الجماعة يحيى سريع، في بيان متلفز، إن القوات نفذت عملية.", "يحيى سريع", "Houthis"),
    ("أما كبير الدبلوماسيين الصينيين وانغ يي فقد وصف الاتفاق بأنه انتصار للحوار.", "وانغ يي",
     "Chinese Foreign Ministry"),
    ("وأفاد مسؤول أمني عراقي لشفق نيوز، بأن القوات الأمنية رفعت حالة التأهب.", "مسؤول أمني عراقي",
     "Iraqi Security Forces"),
    # a dateline with «في» before its date
    ("أبوظبي في 24 أغسطس/ وام/ أعلنت وزارة الخارجية نجاح الوساطة بين روسيا وأوكرانيا. وقالت موسكو إن الصفقة تمت. "
     "وقالت روسيا إن ذلك مهم.", "وزارة الخارجية", "UAE Foreign Ministry"),
])
def test_military_spokespeople_fronted_topics_outlets_and_datelines(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_an_occasion_closes_a_name_after_a_role(pipeline):
    text = "وقال رئيس المفوضية عماد السايح في بيان إن القصور واضح. وأضاف السايح أن الموعد ثابت."
    assert [st.speaker.name for st in run(pipeline, text)] == ["عماد السايح", "عماد السايح"]


@pytest.mark.parametrize("text, speaker, institution", [
    # a bare organisation noun behind لـ points back
    ("وأعلنت منظمة الصحة العالمية أن الوضع خطير. وقال الأمين العام للمنظمة إن التفتيش مستمر.",
     "الأمين العام للمنظمة", "World Health Organization"),
    # and the role without it is the same person later
    ("وقال الصفدي، خلال مؤتمر مع المفوض العام للوكالة فيليب لازاريني، إن أونروا لا يمكن استبدالها. "
     "وأضاف المفوض العام: نحن على وشك الانهيار.", "فيليب لازاريني", "UNRWA"),
    # but a named organisation that opens with the noun is that organisation
    ("واعتبر الأمين العام للاتحاد العام التونسي للشغل نور الدين الطبوبي أن الاتفاق لن ينجح.", "نور الدين الطبوبي",
     "UGTT"),
])
def test_organisation_nouns_behind_lam(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, institution", [
    # a verb joined mid-sentence to a sentence that reported nothing shares its subject
    ("وقالت الوزارة إن الجزائر ترفض القرار. وكان وزير الخارجية الفرنسي جان نويل بارو قد زار الجزائر قبل أيام، "
     "وصرح عقب استقباله أن صفحة جديدة فتحت.", "جان نويل بارو", "French Foreign Ministry"),
    # a ministry's name that only one country uses
    ("وقالت وزارة الشؤون الخارجية والجالية الوطنية بالخارج إن الجزائر ترفض القرار.",
     "وزارة الشؤون الخارجية والجالية الوطنية بالخارج", "Algerian Foreign Ministry"),
    # a line that is only a place is the dateline
    ("الجزائر\n\nوقالت وزارة الخارجية إن فرنسا تتحمل المسؤولية. وقال الوزير الفرنسي إن باريس سترد. "
     "وأكدت فرنسا أن القرار مؤسف.", "وزارة الخارجية", "Algerian Foreign Ministry"),
])
def test_joined_verbs_country_specific_ministries_and_place_lines(pipeline, text, speaker, institution):
    st = next(st for st in run(pipeline, text) if st.speaker.name == speaker)
    assert st.institution.name_en == institution


def test_the_article_country_from_its_people_and_institutions(pipeline):
    text = ("شفق نيوز/ أعلن الإطار التنسيقي رفضه للنتائج. ودعا مقتدى الصدر إلى تشكيل حكومة أغلبية. "
            "ودعا مصطفى الكاظمي إلى ضبط النفس.\n\nكما كشف مصدر حكومي مطلع أن اجتماعا عقد مساء الاثنين.")
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("مصدر حكومي مطلع", "Iraqi Government")


def test_the_opposition_is_a_body_of_the_article_country(pipeline):
    (st,) = run(pipeline, "دمشق - أما رئيس وفد المعارضة أحمد طعمة فقد انتقد تجاهل ملف المعتقلين.")
    assert (st.speaker.name, st.institution.name_en) == ("أحمد طعمة", "Syrian Opposition")


def test_a_determiner_after_an_institution_is_no_name(pipeline):
    (st,) = run(pipeline, 'كما رحب البيت الأبيض بأي جهود "لإنهاء الحرب في اليمن".')
    assert (st.speaker.name, st.institution.name_en) == ("البيت الأبيض", "White House")


def test_the_alliance_points_back_to_nato(pipeline):
    text = ("فيلنيوس - قال الأمين العام لحلف شمال الأطلسي إن القمة ناجحة. وقال الرئيس الأوكراني إن كييف تنتظر. "
            "وبحسب مسؤول في الحلف، فإن الدعوة مؤجلة.")
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("مسؤول في الحلف", "NATO")


@pytest.mark.parametrize("text, speaker, institution", [
    ("وقال الناطق الرسمي باسم «اليونيفيل» أندريا تيننتي لـ«الأخبار» إن قوات حفظ السلام رصدت تبادلا لإطلاق النار.",
     "أندريا تيننتي", "UNIFIL"),
    ("كابول (رويترز) - قال ذبيح الله مجاهد المتحدث باسم حركة طالبان يوم الثلاثاء إن الحركة لن تنتقم.",
     "ذبيح الله مجاهد", "Taliban"),
    ("بغداد - ووفقا لوزارة النفط، فإن الصادرات توقفت.", "وزارة النفط", "Iraqi Oil Ministry"),
    ("نواكشوط (الأناضول) - أعلنت اللجنة المستقلة للانتخابات في موريتانيا فوز الرئيس. "
     "وقال رئيس اللجنة إن النتائج نهائية.", "رئيس اللجنة", "Mauritanian Electoral Commission"),
    # a former president no longer speaks for the presidency
    ("نواكشوط - ورفض الرئيس الأسبق محمد ولد عبد العزيز النتائج.", "محمد ولد عبد العزيز", None),
])
def test_quoted_bodies_time_words_prepositions_and_former_offices(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, institution", [
    # a governor, of a central bank known by name or by body
    ("رفض محافظ مصرف ليبيا المركزي الصديق الكبير قرار المجلس الرئاسي بإقالته.", "الصديق الكبير",
     "Central Bank of Libya"),
    ("وقال محافظ البنك المركزي المصري حسن عبد الله إن التضخم تراجع.", "حسن عبد الله", "Central Bank of Egypt"),
    # a member role, a definite genitive, then the name
    ("وقال محافظ البصرة أسعد العيداني إن المياه شحيحة.", "أسعد العيداني", None),
])
def test_governors_and_definite_genitives(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == (speaker, institution)


def test_an_indefinite_common_noun_before_a_verb_reports_nothing(pipeline):
    text = "وقال الوزير إن مجموعات مسلحة تهدد الموظفين."
    assert [st.cue.text for st in run(pipeline, text)] == ["وقال"]


@pytest.mark.parametrize("text, speaker, institution", [
    ("ونقلت القناة عن مصدر مصري رفيع المستوى أن وفد حماس وصل.", "مصدر مصري رفيع المستوى", None),
    # a statement's issuer at the end of a chain of لـ genitives
    ("أكد البيان الختامي للدورة الحادية والأربعين للمجلس الأعلى لمجلس التعاون لدول الخليج العربية أن الأمن "
     "مسؤولية مشتركة.", None, "Gulf Cooperation Council"),
])
def test_high_level_sources_and_issuers_down_a_chain(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (speaker is None or st.speaker.name == speaker) and \
        (st.institution.name_en if st.institution else None) == institution


@pytest.mark.parametrize("text, cues", [
    ("وأفادت المحافظة بأن القوات اعتقلت 350 شخصا، ونقلتهم إلى مركز شرطة.", ["وأفادت"]),
    ("ولم يوضح كيربي ما إذا كانت الإدارة الأميركية تعتبر الرد أساسا للاتفاق.", []),
    ("وقالت الخارجية إن الاتفاق يمثل إرادة سودانية، وجددت رفض السودان لأي تدخل.", ["وقالت", "وجددت"]),
    ("ويأتي التوقيع وسط رفض لجان المقاومة للاتفاق.", []),
    ("ونقلت «بوابة الوسط» عن مصدر في المصرف أن المنظومات توقفت.", ["ونقلت"]),
    ("عنوان الخبر\n\nصورة: الناطق باسم الرئاسة يحذر من التصعيد (أرشيف وفا)\n\nوقال الناطق إن الاقتحام مرفوض.",
     ["وقال"]),
])
def test_more_non_reports(pipeline, text, cues):
    assert [st.cue.text for st in run(pipeline, text)] == cues


def test_a_participle_after_kana_is_a_predicate(pipeline):
    (st, _) = run(pipeline, "واعتبر مصدر مغربي أن القرار كان متوقعا منذ أسابيع، مضيفا أن الرباط لن تنجر.")
    assert st.quote.text == "القرار كان متوقعا منذ أسابيع"


@pytest.mark.parametrize("text, speaker, institution", [
    # a city the lexicon does not know between an office and its holder's name
    ("وقال نائب رئيس الحركة في غزة خليل الحية إن الرد إيجابي.", "خليل الحية", "Hamas"),
    # the office of a known organisation, in construct
    ("وقال مدير مكتب الجزيرة في غزة إن القصف مستمر.", "مدير مكتب الجزيرة", "Al Jazeera"),
])
def test_unknown_cities_and_offices_of_known_organisations(pipeline, text, speaker, institution):
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, institution", [
    ("وقال المبعوث الرئاسي الروسي الخاص إلى سوريا ألكسندر لافرنتييف إن القرار مفاجئ.", "ألكسندر لافرنتييف",
     "Kremlin"),
    # a title vouches for a first name that ends in ة
    ("وقال رئيس هيئة قناة السويس الفريق أسامة ربيع إن الإيرادات تراجعت. وأضاف ربيع أن الوضع صعب.", "أسامة ربيع",
     "Suez Canal Authority"),
    # where a source sits is part of it
    ("وقالت مصادر طبية في المستشفى إن الآليات تحاصر الأقسام.", "مصادر طبية في المستشفى", None),
])
def test_presidential_envoys_titled_names_and_where_sources_sit(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == (speaker, institution)


@pytest.mark.parametrize("text, cues", [
    ("وأقر البيان المشترك بأن الطرفين لم يلتزما.", ["وأقر"]),
    # أقر without بـ is to adopt, not to admit
    ("وأقر البرلمان القانون بأغلبية كبيرة.", []),
])
def test_aqarra_reports_only_with_its_particle(pipeline, text, cues):
    assert [st.cue.text for st in run(pipeline, text)] == cues


@pytest.mark.parametrize("text, cues", [
    # a verbal noun with a possessive, the object of the report before it
    ('كانت الخارجية قد أعلنت، في بيان صدر مطلع الأسبوع، رفضها "أي محاولة لتدويل القضية".', ["أعلنت"]),
    ('أعلن الإطار التنسيقي رفضه "القاطع" للنتائج.', ["أعلن"]),
    # but a verb with its object pronoun after a relative, after إن, or after و stays a verb
    ("وهو ما أكده الوزير في كلمته.", ["أكده"]),
    ("وأعلن الوزير الخطة، ووصفها بأنها تاريخية.", ["وأعلن", "ووصفها"]),
])
def test_verbal_nouns_with_a_possessive(pipeline, text, cues):
    assert [st.cue.text for st in run(pipeline, text)] == cues


@pytest.mark.parametrize("text, institution", [
    ("دمشق - وقال المرسوم إن العفو يشمل الجرائم المرتكبة قبل تاريخه.", "Syrian Presidency"),
    ("الرياض - وقال الأمر الملكي إن التعيين فوري.", "Saudi Royal Court"),
])
def test_decrees_speak_for_who_issues_them(pipeline, text, institution):
    (st,) = run(pipeline, text)
    assert st.institution.name_en == institution


def test_diplomats_at_an_international_body_speak_for_no_one(pipeline):
    text = ("كييف - قالت أوكرانيا إن روسيا تعرقل المحادثات. وقال دبلوماسيون في مجلس الأمن إن التصويت أرجئ. "
            "وقال دبلوماسي في المجلس إن النص سيعدل.")
    sts = run(pipeline, text)
    assert [(st.speaker.name, st.institution) for st in sts[1:]] == [
        ("دبلوماسيون في مجلس الأمن", None), ("دبلوماسي في المجلس", None)]


def test_kana_x_qad_puts_the_subject_before_the_verb(pipeline):
    text = "وكان رئيس لجنة الانتخابات بمجلس النواب الهادي الصغير قد أبلغ رئاسة المجلس بأن الانتخابات مؤجلة."
    (st,) = run(pipeline, text)
    assert st.speaker.name == "الهادي الصغير"


@pytest.mark.parametrize("text, quote", [
    ("وتتهم مصر قطر بدعم جماعة الإخوان.", "قطر بدعم جماعة الإخوان"),
    ("ودعت المستشارة الألمانية الحكومة التركية إلى عدم التخلي عن عملية السلام.",
     "الحكومة التركية إلى عدم التخلي عن عملية السلام"),
    # nothing between the subject and the particle, or a participle: the content alone
    ("وشدد الوزير على ضرورة الحوار.", "ضرورة الحوار"),
    ("وأعلن الاتحاد الأفريقي دعمه للمحادثات، داعيا الأطراف إلى ضبط النفس.", "ضبط النفس"),
])
def test_the_one_accused_or_urged_is_part_of_the_content(pipeline, text, quote):
    assert run(pipeline, text)[-1].quote.text == quote


@pytest.mark.parametrize("text, quote", [
    # a particle glued to its word leaves the word whole
    ("وطالب الوزير بوقف القصف فورا.", "بوقف القصف فورا"),
    # a role after the speaker's name is no one urged
    ("وطالب مسعود البارزاني رئيس إقليم كردستان العراق بوقف القصف.", "بوقف القصف"),
])
def test_glued_particles_and_appositions_in_the_content(pipeline, text, quote):
    assert run(pipeline, text)[-1].quote.text == quote


def test_a_quoted_platform_in_a_circumstance_is_not_the_content(pipeline):
    text = "وأعلنت الغرفة، عبر صفحتها الرسمية على موقع التواصل الاجتماعي «فيسبوك»، أن المعبر أغلق."
    (st,) = run(pipeline, text)
    assert st.quote.text == "المعبر أغلق"


@pytest.mark.parametrize("text, speaker", [
    # a role with a country points to the last person of that country who holds that office
    ("قال محافظ القدس عدنان غيث إن الاقتحام خطير. وقال الرئيس الفلسطيني إن القدس خط أحمر.", "الرئيس الفلسطيني"),
    ("وقال شيخ الأزهر أحمد الطيب إن العنف مرفوض. وقال الرئيس المصري إن مصر ترفض التهجير.", "الرئيس المصري"),
    # a minister points to the last minister of that country, whatever the portfolio
    ("استقبل سامح شكري وزير الخارجية نظيرته الفرنسية كاترين كولونا. وقالت الوزيرة الفرنسية إن باريس تدعم الحل.",
     "كاترين كولونا"),
])
def test_a_role_with_a_country_points_to_that_office(pipeline, text, speaker):
    st = [st for st in run(pipeline, text) if st.cue.text in ("وقال", "وقالت")][-1]
    assert st.speaker.name == speaker


def test_a_decimal_number_does_not_end_the_content(pipeline):
    st = run(pipeline, "وقال رئيس اللجنة إن نسبة المشاركة بلغت 55.39 بالمئة، مضيفا أن التصويت جرى بهدوء.")[0]
    assert st.quote.text == "نسبة المشاركة بلغت 55.39 بالمئة"


@pytest.mark.parametrize("text, speaker", [
    # a given name with the article: no possessive pronoun ever follows ال, so «الداه» is not «الدا» + ه
    ("وقال رئيس الهيئة المختار ولد داداه إن الاقتراع جرى بهدوء.", "المختار ولد داداه"),
    ("وقال رئيس الهيئة محمد ولد داداه إن الاقتراع جرى بهدوء.", "محمد ولد داداه"),
    # after بن, علي is a name, not the preposition على
    ("وقال وزير الداخلية محمد بن علي إن الاقتراع جرى بهدوء.", "محمد بن علي"),
    # a place of two words the lexicon does not know between the office and the name
    ("وقال المتحدث باسم الحركة في قطاع غزة حازم قاسم إن الاحتلال يماطل.", "حازم قاسم"),
    ("وقال القيادي في الجماعة في محافظة مأرب محمد البخيتي إن المعارك توقفت.", "محمد البخيتي"),
])
def test_names_the_article_or_a_link_vouches_for(pipeline, text, speaker):
    assert run(pipeline, text)[0].speaker.name == speaker


@pytest.mark.parametrize("text, expected", [
    # «القائم بأعمال» before an office: acting for it
    ("وقال القائم بأعمال رئيس البعثة هانز غروندبرغ إن الهدنة صامدة.", ("هانز غروندبرغ", "United Nations")),
    # the definite official, alone or with a country or the UN, is the person of that gender who spoke
    ("وقالت المنسقة الأممية جنين بلاسخارت إن الوضع هش. ووصل الوزير إلى بغداد. "
     "وأضافت المسؤولة الأممية أن الحوار هو الحل.", ("جنين بلاسخارت", "United Nations")),
    ("وقال وزير الدفاع الأمريكي لويد أوستن إن القوات باقية. وأضاف المسؤول الأمريكي أن الانسحاب غير مطروح.",
     ("لويد أوستن", "Pentagon")),
    # but not a person of another country
    ("وقال وزير الدفاع الأمريكي لويد أوستن إن القوات باقية. وقال المسؤول التركي إن أنقرة تراقب.",
     ("المسؤول التركي", "Turkish Government")),
])
def test_the_official_points_back(pipeline, text, expected):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == expected


def test_occupied_jerusalem_as_a_dateline_is_palestinian(pipeline):
    text = ("القدس المحتلة - اقتحمت قوات الاحتلال الإسرائيلي البلدة القديمة فجر اليوم.\n\n"
            "ونددت وزارة الخارجية في بيان بالاقتحام، وقالت إنه تصعيد خطير.")
    assert {s.institution.name_en for s in run(pipeline, text)} == {"Palestinian Foreign Ministry"}


@pytest.mark.parametrize("text, expected", [
    # a long office, then its holder: adjectives, «في», a quoted name and لـ genitives stand between
    ("وقال رئيس الوفد الحكومي المفاوض في ملف المعتقلين يحيى كزمان إن الجولة انتهت.", ("يحيى كزمان", None)),
    ("بيروت - أما رئيس لجنة الشؤون الخارجية والمغتربين النيابية النائب فادي علامة فكتب: \"المهم الحوار\".",
     ("فادي علامة", "Lebanese Parliament")),
    # the issuer of a statement: a body of a known organisation, in construct
    ("وبحسب بيان لبعثة مراقبي الجامعة العربية، فإن الاقتراع جرى بهدوء.",
     ("بعثة مراقبي الجامعة العربية", "Arab League")),
])
def test_an_office_s_holder_or_issuer_a_few_words_on(pipeline, text, expected):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == expected


def test_the_caller_before_a_quantified_addressee(pipeline):
    text = ("وبحسب بيان لبعثة مراقبي الاتحاد الأفريقي، فإن الاقتراع جرى بهدوء. "
            "ودعت البعثة جميع الأطراف إلى احترام النتائج.")
    sts = run(pipeline, text)
    assert [(s.cue.text, s.institution.name_en) for s in sts] == [("وبحسب", "African Union"), ("ودعت", "African Union")]


@pytest.mark.parametrize("text, expected", [
    # offices stacked between commas, then the name set off by commas
    ("وأعرب وزير الدولة، وزير الشؤون الخارجية والتعاون الدولي، السيد بدر عبد العاطي، عن ارتياح مصر للاتفاق.",
     ("بدر عبد العاطي", "Egyptian Foreign Ministry")),
    # but an envoy's object is not his name
    ("وأكد المبعوث الصيني دعم بلاده لمصر في مكافحة الإرهاب وتحقيق الاستقرار، مشيرا إلى الزيارات.",
     ("المبعوث الصيني", "Chinese Government")),
    # a minister of state in a ministry speaks for it; a name of six words with its links
    ("الدوحة - وأكد الدكتور محمد بن عبدالعزيز بن صالح الخليفي وزير الدولة بوزارة الخارجية أن الحوار مهم.",
     ("محمد بن عبدالعزيز بن صالح الخليفي", "Qatari Foreign Ministry")),
    # an organisation named in quotes after «قوات»
    ("ورحبت قوات «الدعم السريع» بالإعلان.", ("قوات «الدعم السريع»", "Rapid Support Forces")),
])
def test_stacked_offices_long_names_and_quoted_forces(pipeline, text, expected):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == expected


def test_a_two_letter_word_of_a_learnt_name_stays_in_it(pipeline):
    text = ("وقال وزير الخارجية الصيني وانغ يي إن بكين تدعم الحوار. "
            "ووصف مدير مكتب اللجنة المركزية في الحزب، وانغ يي، الاتفاق بأنه نموذج.")
    assert [s.speaker.name for s in run(pipeline, text)] == ["وانغ يي", "وانغ يي"]


def test_a_clause_past_the_window_leaves_its_particle_out(pipeline):
    text = ("وقالت المسؤولة الأممية روزماري ديكارلو وكيلة الأمين العام للأمم المتحدة للشؤون السياسية، "
            "خلال مؤتمر صحفي، إن النقاشات كانت صريحة.")
    assert run(pipeline, text)[0].quote.text == "النقاشات كانت صريحة"


def test_a_participle_of_saying_right_after_the_verb_is_one_report(pipeline):
    text = 'وقال الوزير إن القرار تاريخي. وتابع قائلا: "لقد اختار المجلس منطق الواقعية".'
    assert [s.cue.text for s in run(pipeline, text)] == ["وقال", "وتابع"]


def test_a_caption_names_the_office_the_article_means(pipeline):
    text = ("اتفاق سد النهضة\n\nوزير الخارجية سامح شكري يتحدث خلال اجتماعات سابقة - صورة أرشيفية\n\n"
            "وقعت مصر بالأحرف الأولى على مسودة اتفاق بشأن السد الإثيوبي مع إثيوبيا.\n\n"
            "وقالت وزارة الخارجية، في بيان، إن توقيع مصر «يعكس حسن نيتها».")
    (st,) = run(pipeline, text)
    assert st.institution.name_en == "Egyptian Foreign Ministry"


def test_a_headline_name_is_learnt_without_its_conjunction(pipeline):
    text = ("باتيلي يدعو الأطراف إلى اجتماع.. وعقيلة صالح يشترط استبعاد الحكومة\n\n"
            "وقال رئيس مجلس النواب عقيلة صالح، في مقابلة، إن الحكومة منتهية الولاية.")
    assert run(pipeline, text)[0].speaker.name == "عقيلة صالح"


def test_experts_speak_for_no_government(pipeline):
    text = "صنعاء - ستستغرق عودة الملاحة أشهرا، بحسب خبراء في قطاع الشحن."
    (st,) = run(pipeline, text)
    assert st.institution is None


@pytest.mark.parametrize("text, expected", [
    # a name with a nasab in the middle is the people file's first + last name
    ("وقال سلطان بن أحمد الجابر إن الاتفاق تاريخي.", ("سلطان بن أحمد الجابر", "UAE Industry Ministry")),
    # a second office joined by و and a portfolio, then the ministry both are in
    ("وقالت وزيرة الدولة والمبعوثة الخاصة للعمل المناخي في وزارة الخارجية الألمانية جينيفر مورغان "
     "إن بلادها ستدعم الصندوق.", ("جينيفر مورغان", "German Foreign Ministry")),
])
def test_a_nasab_and_an_office_within_a_ministry(pipeline, text, expected):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en) == expected


def test_a_known_name_s_role_after_it_holds_no_second_name(pipeline):
    text = ("وقالت روزماري ديكارلو وكيلة الأمين العام للأمم المتحدة للشؤون السياسية وبناء السلام، خلال "
            "مؤتمر صحفي، إن النقاشات مثمرة. ولفتت المسؤولة الأممية إلى أن المشاركة لا تعني تطبيعا.")
    assert [s.speaker.name for s in run(pipeline, text)] == ["روزماري ديكارلو", "روزماري ديكارلو"]


@pytest.mark.parametrize("text, speaker", [
    # the outlet spoken to is no name
    ("وقالت مصادر في المجموعة لشفق نيوز إن المداولات ركزت على الطلب.", "مصادر في المجموعة"),
    # a time phrase after the verb is no subject
    ("وقال الوزير إن الحوار مستمر. وأكد مطلع الأسبوع أن الوفد سيعود.", "الوزير"),
    # an adjective between a statement and its issuer
    ("وقال بيان جديد للخارجية المصرية إن الحوار مهم.", "الخارجية المصرية"),
])
def test_outlets_time_phrases_and_issuers(pipeline, text, speaker):
    assert run(pipeline, text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, expected", [
    # the office of a body speaks for the body
    ("وقالت المتحدثة باسم مكتب الرئاسة التايوانية كارين كو إن الضغوط لن تغير الواقع.",
     ("كارين كو", "Taiwanese Presidency")),
    # an unlisted part of a known body, or a body named inside and then its country
    ("وقالت قيادة المنطقة الشمالية في الجيش الإسرائيلي إن المناورات انتهت.",
     ("قيادة المنطقة الشمالية في الجيش الإسرائيلي", "Israeli Army")),
    ("وقالت وكالة الاستخبارات الوطنية في كوريا الجنوبية إن الجنود وصلوا.",
     ("وكالة الاستخبارات الوطنية في كوريا الجنوبية", "South Korean Intelligence")),
])
def test_offices_and_parts_of_known_bodies(pipeline, text, expected):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en) == expected


@pytest.mark.parametrize("text, speaker", [
    # «وكان X، NAME، قد قال»: a name set off by commas inside the frame
    ("وكان المتحدث باسم الحكومة اليونانية، بافلوس ماريناكيس، قد صرح بأن الزيارة مهمة.", "بافلوس ماريناكيس"),
    # and a relative clause set off by commas
    ("وكان الرئيس الكونغولي فيليكس تشيسيكيدي، الذي يرأس الاتحاد الأفريقي، قد دعا إلى الحوار.",
     "فيليكس تشيسيكيدي"),
    # a second office joined by و, with a pronoun and a posting, then the name between commas
    ("قال وزير الدفاع الأوكراني ورئيس وفد بلاده إلى المحادثات، رستم عمروف، إن الجانبين اتفقا.", "رستم عمروف"),
])
def test_names_and_clauses_set_off_by_commas(pipeline, text, speaker):
    assert run(pipeline, text)[0].speaker.name == speaker


@pytest.mark.parametrize("text, expected", [
    # «النظام السوري» is Syria; «الدبلوماسي» is the diplomat who spoke last
    ("وشدد وزير خارجية النظام السوري فيصل المقداد على أن الانسحاب أولوية. وأضاف الدبلوماسي أن دمشق منفتحة.",
     [("فيصل المقداد", "Syrian Foreign Ministry"), ("فيصل المقداد", "Syrian Foreign Ministry")]),
    # the bare office points back to the person the article tied it to
    ("وقال الوزير، في مؤتمر صحافي مع الأمين العام لجامعة الدول العربية أحمد أبو الغيط، إن القمة ناجحة. "
     "وأجاب الأمين العام بأن الإعلان يدعم الحل.",
     [("الوزير", None), ("أحمد أبو الغيط", "Arab League")]),
    # a long name: «بن», «عبد» and «آل» do not count towards its five words
    ("وقال الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني إن الاتفاق قريب.",
     [("محمد بن عبد الرحمن بن جاسم آل ثاني", "Qatari Foreign Ministry")]),
])
def test_regimes_diplomats_bare_offices_and_long_names(pipeline, text, expected):
    assert [(s.speaker.name, s.institution.name_en if s.institution else None) for s in run(pipeline, text)] == expected


def test_a_long_circumstance_between_commas_is_no_content(pipeline):
    text = ("وقال الوزير، في مؤتمر صحافي مشترك مع الأمين العام لجامعة الدول العربية أحمد أبو الغيط في ختام "
            "القمة، إن المشاركة مهمة.")
    assert run(pipeline, text)[0].quote.text == "المشاركة مهمة"


def test_an_embedded_question_is_not_a_statement(pipeline):
    text = "وعما إذا كانت القمة قد طالبت الرئيس بالتنحي، أجاب الأمين العام بأن الحل سياسي."
    assert [s.cue.text for s in run(pipeline, text)] == ["أجاب"]


@pytest.mark.parametrize("text, cues", [
    # the quoted speaker's own first-person verbs are not statements of their own
    ('وكتبت المديرة العامة للصندوق على منصة "إكس": "أرحب بالاتفاق مع مصر، ونرحب بالإصلاحات".', ["وكتبت"]),
    # nor is «شكراً» in quoted words
    ('وكتب الرئيس في تدوينة: «شكراً لشعبنا على هذه المشاركة الواسعة».', ["وكتب"]),
    # تابع inside the quote reports only with words of its own, not the mark closing the quote
    ('وأكدت الوزارة في بيان أنها "تابعت باهتمام التطورات في المنطقة"، مشددة على "أهمية الحوار".',
     ["وأكدت", "مشددة"]),
])
def test_what_the_quoted_speaker_says_of_himself(pipeline, text, cues):
    assert [s.cue.text for s in run(pipeline, text)] == cues


@pytest.mark.parametrize("text, expected", [
    # the outlet a source spoke to is not the institution it speaks for
    ("وذكرت مصادر دبلوماسية للأناضول أن الاتصالات مستمرة.", ("مصادر دبلوماسية", None)),
    # a group of ministers of countries in construct, joined by و
    ("وأكد وزراء خارجية الأردن والسعودية والعراق في بيان أن الحل سياسي.",
     ("وزراء خارجية الأردن والسعودية والعراق", None)),
])
def test_sources_outlets_and_groups_of_countries(pipeline, text, expected):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == expected


def test_a_caption_with_a_photo_credit_holds_no_statement(pipeline):
    text = ("تونس: الرئيس يجمد البرلمان\n\nالرئيس التونسي قيس سعيد أعلن تجميد البرلمان لمدة ثلاثين يوما "
            "(صورة من الأرشيف)\n\nوقال الرئيس في كلمة متلفزة إن القرار مؤقت.")
    assert [s.cue.text for s in run(pipeline, text)] == ["وقال"]


def test_declining_to_be_named_is_no_statement_nor_content(pipeline):
    text = 'وقال مصدر حكومي لـ"العربي الجديد"، طالبا عدم ذكر اسمه، إن المفاوضات متعثرة.'
    (st,) = run(pipeline, text)
    assert st.quote.text == "المفاوضات متعثرة"


def test_a_quoted_name_inside_a_framed_subject(pipeline):
    text = "وكانت منظمة الدول المصدرة للنفط «أوبك» قد دعت أعضاءها، في رسالة، إلى «رفض أي نص»."
    (st,) = run(pipeline, text)
    assert (st.speaker.name, st.institution.name_en) == ("منظمة الدول المصدرة للنفط", "OPEC")


@pytest.mark.parametrize("text, speaker", [
    # a participle right after the reported person's own clause hangs on that person
    # (a named person: after a bare role, «أن الرئيس الفرنسي رفض المقترح، مشيرا», the reporter keeps it)
    ("وأضاف المتحدث باسم الرئاسة أن الرئيس عبد المجيد تبون طلب نقل تحياته إلى نظيره، مشيراً إلى أوجه التعاون.",
     "عبد المجيد تبون"),
    # but not after a clause the speaker quoted
    ('ولفت رئيس الحكومة إلى أن الرئيس "أبدى كل الاستعداد لتذليل العقبات"، نافياً وجود أي خلاف.',
     "رئيس الحكومة"),
])
def test_a_participle_after_a_reported_clause(pipeline, text, speaker):
    assert run(pipeline, text)[-1].speaker.name == speaker


@pytest.mark.parametrize("text, expected", [
    # «نظيره» is his counterpart (m): the participle after his clause is his
    ("وقال وزير الخارجية الأميركي إن الحل سياسي، بينما رأى نظيره الروسي سيرغي لافروف أن الأولوية لمكافحة "
     "الإرهاب، محذرا من الشروط المسبقة.", ("محذرا", "سيرغي لافروف")),
    # a one-word rank before a known person: the people file's office
    ("وصرح السفير بسام راضي، المتحدث الرسمي باسم رئاسة الجمهورية، بأن الرئيس تلقى اتصالات.",
     ("وصرح", "بسام راضي")),
    # the bare «الوزيرة» is the last woman minister
    ("وقال وزير الخارجية المصري إن الاجتماع مثمر. وقالت وزيرة الخارجية السودانية مريم الصادق المهدي إن "
     "الحوار مستمر. وأكدت الوزيرة أن التنسيق قائم.", ("وأكدت", "مريم الصادق المهدي")),
])
def test_counterparts_ranks_and_the_minister(pipeline, text, expected):
    st = [s for s in run(pipeline, text) if s.cue.text == expected[0]][-1]
    assert st.speaker.name == expected[1]


def test_the_verbal_noun_a_report_is_about_is_no_statement(pipeline):
    text = "أكد الوزيران، خلال مؤتمر صحفي مشترك، رفض البلدين أي إجراءات أحادية."
    assert [s.cue.text for s in run(pipeline, text)] == ["أكد"]


def test_a_city_dateline_gives_the_home_country(pipeline):
    text = ("جنين- معا- أعلنت وزارة الصحة، اليوم، ارتفاع عدد الشهداء جراء العدوان الإسرائيلي "
            "على المدينة، فيما قال الجيش الإسرائيلي إن العملية مستمرة.")
    assert run(pipeline, text)[0].institution.name_en == "Palestinian Health Ministry"


@pytest.mark.parametrize("text, expected", [
    # «د.» is a title, not the end of a sentence
    ("وأكد وزير الخارجية المصري، د. بدر عبد العاطي، أن المعبر جاهز.", ("بدر عبد العاطي", "Egyptian Foreign Ministry")),
    # France's foreign minister is «وزير أوروبا والشؤون الخارجية»
    ("وطالب وزير أوروبا والشؤون الخارجية الفرنسي، جان نويل بارو، السلطات بالتراجع.",
     ("جان نويل بارو", "French Foreign Ministry")),
    # a source glued to its ministry by بـ; a national agency relays its own state's bodies
    ("وقال الوزير الفرنسي إن باريس سترد. ونقلت وكالة الأنباء الجزائرية عن مصدر بوزارة الشؤون الخارجية أن "
     "الجزائر لن تقبل ذلك.", ("مصدر بوزارة الشؤون الخارجية", "Algerian Foreign Ministry")),
    # (and with the article: «بالسفارة» is بـ + السفارة)
    ("وقال مصدر بالسفارة السودانية في واشنطن إن الوفد عقد لقاءات.",
     ("مصدر بالسفارة السودانية في واشنطن", "Sudanese Foreign Ministry")),
    # an informed source keeps what it is informed of
    ("وقال مسؤول إيراني مطلع على المحادثات إن طهران لن تقبل.", ("مسؤول إيراني مطلع على المحادثات", "Iranian Government")),
])
def test_titles_sources_and_agencies(pipeline, text, expected):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == expected


@pytest.mark.parametrize("text, speaker", [
    # «شدد خلالها» after a sentence whose verb reports nothing: that verb's subject
    ("وأجرى وزير الخارجية الأردني أيمن الصفدي اتصالات مع نظرائه العرب، شدد خلالها على وقف التصعيد.", "أيمن الصفدي"),
    # the body an office is in, with its genitive, between the office and the name
    ("ولفت وزير الخارجية في حكومة تصريف الأعمال خالد سامي إلى أن البلد يستضيف مليون نازح.", "خالد سامي"),
])
def test_subjects_of_other_verbs_and_offices_in_bodies(pipeline, text, speaker):
    assert run(pipeline, text)[-1].speaker.name == speaker


def test_a_moroccan_communique_and_a_short_dateline_line(pipeline):
    text = ("بلاغ للديوان الملكي: جلالة الملك يستقبل رئيس الحكومة الإسبانية\n\nالرباط: المساء\n\n"
            "أعلن بلاغ للديوان الملكي أن جلالة الملك استقبل رئيس الحكومة الإسبانية. وأوضح البلاغ أن الزيارة "
            "تكرس مرحلة جديدة في العلاقات.")
    assert {s.institution.name_en for s in run(pipeline, text)} == {"Moroccan Royal Court"}


@pytest.mark.parametrize("text, expected", [
    # letters for foreign sounds fold: «لافروڤ» is Lavrov
    ("وقال وزير الخارجية الروسي سيرغي لافروڤ إن المحادثات صعبة. وأضاف لافروڤ أن موسكو لن تتراجع.",
     ("سيرغي لافروڤ", "Russian Foreign Ministry")),
    # a European name with its particle; an unknown name before the verb's preposition is its subject
    ("وأشارت ماريا فان كيرخوف إلى أن الفيروس ينتشر بسرعة.", ("ماريا فان كيرخوف", None)),
    # a body, its adjective, then its country after «في»
    ("وأعلنت هيئة الأركان المشتركة في كوريا الجنوبية أن الشمال فجر الطرق.",
     ("هيئة الأركان المشتركة في كوريا الجنوبية", "South Korean Army")),
    # an electoral council is an election commission, not the parliament (Venezuela's by its own name)
    ("وأعلن المجلس الوطني الانتخابي في فنزويلا فوز الرئيس.",
     ("المجلس الوطني الانتخابي في فنزويلا", "Venezuelan National Electoral Council")),
    # a student speaks
    ("وقالت طالبة في الجامعة إن القرار صادم.", ("طالبة في الجامعة", None)),
])
def test_foreign_letters_particles_bodies_in_countries(pipeline, text, expected):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en if st.institution else None) == expected


@pytest.mark.parametrize("text, speaker", [
    # a name closed by the verb's particle, after an acronym in parentheses
    ("وعبرت رئيسة بعثة الأمم المتحدة لمساعدة العراق (يونامي) جينين هينيس-بلاسخارت عن قلق بالغ.",
     "جينين هينيس-بلاسخارت"),
    # a state minister's portfolio ends where a second office begins
    ("وقالت وزيرة الدولة لشؤون الإعلام الناطقة الرسمية باسم الحكومة جمانة غنيمات إن الحكومة ستتحرك.",
     "جمانة غنيمات"),
    # an interim office's adjective, then a title and the name
    ("وأكد رئيس مجلس الوزراء الانتقالي الدكتور عبد الله حمدوك أن الخروج من القائمة قريب.", "عبد الله حمدوك"),
    # the name Ali at the end of a name, not the preposition على
    ("وأوضحت وزيرة المالية المكلفة هبة محمد علي أن الترتيبات اكتملت.", "هبة محمد علي"),
    # but a body's statement is not followed by a name: «بمقتل أكثر من …» is what was reported
    ("فيما أفاد الدفاع المدني في غزة بمقتل أكثر من 70 فلسطينيا.", "الدفاع المدني في غزة"),
])
def test_names_after_acronyms_portfolios_and_interim_offices(pipeline, text, speaker):
    assert run(pipeline, text)[0].speaker.name == speaker


def test_a_surname_spelt_one_letter_otherwise_is_the_same_person(pipeline):
    text = ("وقال وزير الخارجية الأميركي أنتوني بلينكن إن القرار مؤسف. "
            "وأضاف بلنكن أن واشنطن ستتشاور مع الحلفاء.")
    assert [(s.speaker.name, s.institution.name_en) for s in run(pipeline, text)] == \
        [("أنتوني بلينكن", "US State Department")] * 2


@pytest.mark.parametrize("text, expected", [
    # «وفقا للمفوضية», «بحسب المنظمة»: a bare body noun after the marker is the body the article named
    ("أعلنت منظمة الصحة العالمية أن الفيروس جائحة. وتجاوز عدد الإصابات 118 ألف حالة، بحسب المنظمة.",
     ("بحسب", "منظمة الصحة العالمية")),
    # activists are a source
    ("وكانت السلطات قد سمحت للفتيات بخوض الامتحانات، بحسب ناشطات في مجال حقوق المرأة.", ("بحسب", "ناشطات")),
])
def test_according_to_a_body_met_before_or_activists(pipeline, text, expected):
    st = run(pipeline, text)[-1]
    assert (st.cue.text, st.speaker.name) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word organisation name in construct after a body is a noun: «فتح باب الترشح» (opening)
    ("أعلنت المفوضية العليا للانتخابات فتح باب الترشح للانتخابات الرئاسية.",
     ("المفوضية العليا للانتخابات", "فتح باب الترشح للانتخابات الرئاسية")),
    # but «وفد حماس» is the movement's delegation
    ("وقال وفد حماس برئاسة خليل الحية إن المفاوضات مستمرة.", ("وفد حماس", "المفاوضات مستمرة")),
])
def test_a_one_word_organisation_after_a_body(pipeline, text, expected):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.quote.text) == expected


def test_the_statement_points_back_to_its_issuer_in_the_same_paragraph(pipeline):
    text = ("وفي واشنطن، ذكر البيت الأبيض في بيان أن المبعوث أكد تفضيل الحل الدبلوماسي، "
            "ووصف البيان المحادثات بأنها «مثمرة».")
    st = run(pipeline, text)[-1]
    assert (st.cue.text, st.speaker.name, st.institution.name_en) == ("ووصف", "البيت الأبيض", "White House")


@pytest.mark.parametrize("text, speaker, institution", [
    ("وقال الرئيس الغيني ألفا كوندي إن الانتخابات ستجري في موعدها.", "ألفا كوندي", "Guinean Presidency"),
    # «غينيا» is also the accusative of الغيني: the longer name wins
    ("وقال وزير خارجية غينيا الاستوائية إن بلاده تدعم الحوار.", "وزير خارجية غينيا الاستوائية",
     "Equatorial Guinean Foreign Ministry"),
    ("وأعلن الرئيس الغيني البيساوي أن المحاولة الانقلابية فشلت.", "الرئيس الغيني البيساوي",
     "Bissau-Guinean Presidency"),
    # bare الكونغو is the DR Congo; Brazzaville is named in full
    ("وقالت حكومة الكونغو برازافيل إن الحدود مغلقة.", "حكومة الكونغو برازافيل", "Congo-Brazzaville Government"),
    ("وقالت حكومة الكونغو إن المتمردين هاجموا غوما.", "حكومة الكونغو", "Congolese Government"),
    ("وقالت ليما إنها تدرس الخيارات.", "ليما", "Peruvian Government"),
    ("وقال رئيس وزراء الجبل الأسود إن بلاده تريد الانضمام إلى الاتحاد.", "رئيس وزراء الجبل الأسود",
     "Montenegrin Government"),
    # Belize has no bare name: بليز is also Blaise
    ("وقال الرئيس البوركيني بليز كومباوري إنه لن يستقيل.", "بليز كومباوري", "Burkinabe Presidency"),
])
def test_countries_of_every_region(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, speaker", [
    # an organisation no lexicon lists speaks for itself, not for the speaker before it
    ("وقال فرحان حق إن المنظمة قلقة. وقالت جمعية الوفاق الوطني الإسلامية، في بيان، إن القرار ظالم.",
     "جمعية الوفاق الوطني الإسلامية"),
    # and is no addressee of its own call: «دعت … الحكومة إلى»
    ("وقال الوزير إن الحوار ممكن. ودعت رابطة صناعة النفط الحكومة إلى الحوار.", "رابطة صناعة النفط"),
    # a head without ة is no person's name either, and what the party stands for is part of its name
    ("وقال الوزير إن الحل قريب. وطالب حزب التجمع الوطني للإصلاح والتنمية \"تواصل\" الحكومة بنشر النص.",
     "حزب التجمع الوطني للإصلاح والتنمية"),
])
def test_an_unlisted_organisation_speaks(pipeline, text, speaker):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution) == (speaker, None)


@pytest.mark.parametrize("text, institution", [
    # «رئيس» in construct with a country is its head of state
    ("وقال ماكي سال، رئيس السنغال، إن بلاده ستواصل التعاون.", "Senegalese Presidency"),
    ("وقال رئيس جزر القمر غزالي عثماني إن القمة ناجحة.", "Comorian Presidency"),
    ("وأكد الوزير أن الحوار مستمر. ورئيس السنغال ماكي سال قال إن بلاده ستواصل التعاون.", "Senegalese Presidency"),
    # (not its prime minister)
    ("وقال رئيس وزراء السنغال إن بلاده ستواصل التعاون.", "Senegalese Government"),
])
def test_the_head_of_a_state_named_in_construct(pipeline, text, institution):
    assert run(pipeline, text)[-1].institution.name_en == institution


@pytest.mark.parametrize("text, speaker", [
    # «مكتب» is no one's name: the office of the role after it speaks, for the role's institution
    ("وأعلن المبعوث الأممي هانس غروندبرغ بدء الهدنة. وتبدأ الهدنة مساء السبت، وفقا لمكتب المبعوث الأممي.",
     "مكتب المبعوث الأممي"),
    ("وقال مكتب المبعوث الخاص للأمين العام إن الهدنة صامدة.", "مكتب المبعوث الخاص للأمين العام"),
])
def test_the_office_of_a_role(pipeline, text, speaker):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.speaker.kind, st.institution.name_en) == (speaker, "institution", "United Nations")


def test_a_document_speaks_by_its_issuer_name(pipeline):
    # «بلاغ للديوان الملكي» is the royal cabinet speaking, and so is the «البلاغ» that goes on; a joint
    # statement keeps its own words
    text = ("أفاد بلاغ للديوان الملكي أن الملك أجرى اتصالا. وأضاف البلاغ أن الاتصال كان وديا. "
            "وأكد البيان الختامي الصادر عن روسيا وتركيا أن الحل سياسي.")
    assert [s.speaker.name for s in run(pipeline, text)] == [
        "الديوان الملكي", "الديوان الملكي", "البيان الختامي الصادر عن روسيا وتركيا"]


@pytest.mark.parametrize("text, speaker, institution", [
    # a posting the lexicon does not name, and its city, between the office and the name
    ("كتب مندوب روسيا لدى المنظمات الدولية في فيينا ميخائيل أوليانوف أن الاجتماع كان ناجحا.",
     "ميخائيل أوليانوف", "Russian Foreign Ministry"),
    # «كل من …»: the speakers named together, countries or officials, speak together
    ("وأعلنت كل من النرويج وإيرلندا وإسبانيا اعترافها بدولة فلسطين.", "كل من النرويج وإيرلندا وإسبانيا", None),
    ("وأكد كل من وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي أن الحل سياسي.",
     "كل من وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي", None),
])
def test_postings_and_speakers_named_together(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution and st.institution.name_en) == (speaker, institution)


def test_an_acting_office_before_its_holder(pipeline):
    # «بالوكالة» (acting) ends the office, not the mention: the name after it is the holder's
    text = ("وترأست الوفد نائبة رئيس الحكومة وزيرة الخارجية بالوكالة زينة عكر. "
            "وقالت عكر إن الزيارة ناجحة.")
    assert run(pipeline, text)[-1].speaker.name == "زينة عكر"


@pytest.mark.parametrize("text, speaker, institution", [
    # «الضيف» is the guest, here the last Iranian who spoke, not the Qassam commander محمد الضيف
    ("وأكد الرئيس الإيراني مسعود بزشكيان أن العلاقات متينة. وتابع الضيف الإيراني أن الجانبين بحثا التبادل.",
     "مسعود بزشكيان", "Iranian Presidency"),
    # an office of a named organisation, «لـ» and its name
    ("وقال القائد العام لكتائب القسام محمد الضيف إن المعركة مستمرة.", "محمد الضيف", "Al-Qassam Brigades"),
])
def test_the_guest_and_an_office_of_an_organisation(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_the_sultanate_is_oman(pipeline):
    # as «المملكة» is Saudi Arabia in its press, «السلطنة» is Oman
    assert run(pipeline, "ورحبت السلطنة بالتوصل إلى الاتفاق.")[0].institution.name_en == "Omani Government"


def test_a_meeting_someone_convened_is_no_statement(pipeline):
    text = ("شارك الرئيس في القمة المصغرة التي دعا إليها الرئيس سيريل رامافوزا لبحث ملف السد. "
            "ودعا رامافوزا إلى وقف القتال.")
    assert [s.cue.text for s in run(pipeline, text)] == ["ودعا"]


def test_a_bare_noun_points_to_the_speaker_as_resolved(pipeline):
    # the ministry's country is known only from the minister named later: «وقالت الوزارة» points to the
    # ministry as the statement pass resolved it, not as the learning pass first met it
    text = ("أعلنت وزارة الموارد المائية والري انتهاء الاجتماع دون نتيجة.\n\n"
            "وقالت الوزارة إن الاجتماع لم يسفر عن نتيجة.\n\n"
            "وأكد وزير الموارد المائية والري الدكتور هاني سويلم أن الوفد تعامل بمرونة.")
    assert [s.institution.name_en for s in run(pipeline, text)] == ["Egyptian Irrigation Ministry"] * 3


@pytest.mark.parametrize("text, speaker", [
    # an expert named after his field speaks, for no institution (not the speaker before him)
    ("وقال الوزير إن الحل قريب. وقال خبير المياه الدكتور عباس شراقي إن المرحلة صعبة.", "عباس شراقي"),
    ("وقال الوزير إن الحل قريب. ورأى أستاذ الجيولوجيا بجامعة القاهرة الدكتور عباس شراقي أن المرحلة صعبة.",
     "عباس شراقي"),
    ("وقال الوزير إن الحل قريب. وقال الخبير في الشؤون الأفريقية عباس شراقي إن المرحلة صعبة.", "عباس شراقي"),
    ("وقال الوزير إن الحل قريب. وقالت الباحثة في الشؤون الإيرانية إن المرحلة صعبة.",
     "الباحثة في الشؤون الإيرانية"),
    # (his field is no name)
    ("ويرى باحث موريتاني في شؤون الساحل، في تصريح للوكالة، أن الانسحاب تاريخي.", "باحث موريتاني"),
    # a former office holder, the office set off after the name, speaks for no institution
    ("وقال وزير الري هاني سويلم إن الوفد تعامل بمرونة. واعتبر الدكتور محمد نصر علام، وزير الري الأسبق، "
     "أن البيان يعكس وصول المسار إلى طريق مسدود.", "محمد نصر علام"),
])
def test_experts_and_former_office_holders(pipeline, text, speaker):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution) == (speaker, None)


def test_a_national_office_over_the_people_file_s_un_post(pipeline):
    # once a UN envoy in the people file, here his country's minister (the dateline spells نواكشوط انواكشوط)
    text = ("انواكشوط، 30/06/2020 - اختتمت اليوم في انواكشوط أشغال القمة.\n\n"
            "وكان وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج، السيد إسماعيل ولد الشيخ أحمد، "
            "قد أوضح أن القمة ناجحة.")
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("إسماعيل ولد الشيخ أحمد", "Mauritanian Foreign Ministry")


def test_a_body_the_article_s_country_lacks_takes_the_country_met_with_it(pipeline):
    # the article is as much about Washington; the United States has no royal court, the king's Morocco has
    text = ("أعلن الرئيس الأمريكي دونالد ترامب أنه وقع مرسوما. وقال البيت الأبيض إن القرار نهائي، "
            "وأكدت الخارجية الأمريكية أن واشنطن ستفتح قنصلية.\n\n"
            "وأفاد بلاغ للديوان الملكي بأن جلالة الملك محمد السادس أجرى اتصالا هاتفيا مع الرئيس الأمريكي.")
    assert run(pipeline, text)[-1].institution.name_en == "Moroccan Royal Court"


def test_a_name_whose_first_letter_is_a_particle(pipeline):
    # «بعثة» after رحب is the mission, not بـ + عثة; «بوقف» after طالب is the particle
    text = ("رحبت بعثة الأمم المتحدة للدعم في ليبيا، في بيان، بالأجواء الإيجابية. "
            "وطالب الوزير بوقف القتال.")
    sts = run(pipeline, text)
    assert sts[0].speaker.name == "بعثة الأمم المتحدة للدعم في ليبيا"
    assert sts[1].quote.text == "بوقف القتال"


def test_his_country_in_his_quoted_words_is_no_second_speaker(pipeline):
    text = 'وأكد رئيس الوزراء السوداني عبد الله حمدوك أن بلاده "تتمسك بالحل التفاوضي".'
    assert [s.cue.text for s in run(pipeline, text)] == ["وأكد"]


def test_where_a_member_said_it_is_no_body(pipeline):
    text = "وقال رئيس الوفد الفلسطيني في تغريدة على منصة إكس إن الاجتماع كان صريحا."
    assert run(pipeline, text)[0].speaker.name == "رئيس الوفد الفلسطيني"
    # (a member role and «في» at the very end of the text: nothing to read after it, and no error)
    assert [s.speaker.name for s in run(pipeline, "وقال رئيس الوفد في")] == ["رئيس الوفد"]


def test_what_is_described_is_no_speaker(pipeline):
    # «ووصف القرار بأنه …»: the decision is described, by the minister named before (subject dropped);
    # «أوعز» (instructed) reports an order, not words
    text = ('وأوعز وزير الخارجية الإسرائيلي يسرائيل كاتس باستدعاء السفيرين للتشاور، '
            'ووصف القرار بأنه "خطوة لن تخدم الاستقرار".')
    assert [(s.cue.text, s.speaker.name) for s in run(pipeline, text)] == [("ووصف", "يسرائيل كاتس")]


def test_two_nouns_in_construct_with_a_country_are_the_object(pipeline):
    text = ("رحبت وزارة الخارجية السعودية، في بيان، ببيان المبعوث الأممي، "
            "وأكدت استمرار وقوف المملكة إلى جانب اليمن.")
    assert [s.speaker.name for s in run(pipeline, text)] == ["وزارة الخارجية السعودية"] * 2


def test_a_state_agency_abroad_and_an_office_after_its_holder_s_name(pipeline):
    # «الرياض - قنا»: the Qatari agency in Riyadh; its bare «وزير الخارجية» is Qatar's, and he is the
    # minister named just before with that office (no comma between)
    text = ("الرياض - قنا: أعلن الديوان الملكي السعودي أن القادة اتفقوا على عودة السفراء.\n\n"
            "من جانبه، أكد سعادة الدكتور خالد بن محمد العطية وزير الخارجية أن دولة قطر حريصة على وحدة الصف.\n\n"
            "وأعرب وزير الخارجية عن تقديره للدور الكويتي.")
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("خالد بن محمد العطية", "Qatari Foreign Ministry")


def test_an_office_after_a_verb_s_object_is_not_the_object_s(pipeline):
    text = ("التقى الرئيس جو بايدن وزير الخارجية الصيني في واشنطن.\n\n"
            "وقال وزير الخارجية الصيني إن اللقاء كان صريحا.")
    assert run(pipeline, text)[-1].speaker.name == "وزير الخارجية الصيني"


def test_a_relayed_source_s_name_closed_by_his_saying(pipeline):
    text = ('ونقلت وكالة "تاس" عن رئيس صندوق الاستثمار المباشر الروسي كيريل دميترييف قوله إن '
            'الشركات الأمريكية خسرت كثيرا.')
    assert run(pipeline, text)[0].speaker.name == "كيريل دميترييف"


def test_how_he_spoke_is_no_name(pipeline):
    text = ('وقال ميقاتي إن الحكومة مستمرة. وأضاف بتأثر، وقد اغرورقت عيناه بالدموع: "سنطرق أبواب العالم العربي". '
            'وقال بايدن، في مؤتمر صحفي، إن الحل قريب.')
    assert [s.speaker.name for s in run(pipeline, text)] == ["ميقاتي", "ميقاتي", "بايدن"]


def test_a_state_agency_s_tag_and_a_body_in_the_city_its_paragraph_opens_in(pipeline):
    # «جنيف في 11 مارس /قنا/»: QNA in Geneva; «وفي الدوحة، أكدت وزارة الصحة العامة …، وأضافت الوزارة»
    text = ("جنيف في 11 مارس /قنا/ أعلنت منظمة الصحة العالمية أن الفيروس بات جائحة.\n\n"
            "وفي الدوحة، أكدت وزارة الصحة العامة في بيان أن الجهات تعمل، وأضافت الوزارة أن الحالات مستقرة.")
    assert [s.institution.name_en for s in run(pipeline, text)][1:] == ["Qatari Health Ministry"] * 2


def test_fa_before_a_determiner_is_a_letter_of_a_name(pipeline):
    text = "وقال الرئيس السنغالي باسيرو ديوماي فاي إن بلاده ستواصل التعاون."
    assert run(pipeline, text)[0].speaker.name == "باسيرو ديوماي فاي"


@pytest.mark.parametrize("text, speaker", [
    # a co-chair is no head of state; whom an office speaks for («عن …») is no name
    ('وقال الرئيس المشترك للجنة عن المعارضة، هادي البحرة، إن السوريين "يستحقون دستورا".', "هادي البحرة"),
    ('وأكد الرئيس المشترك عن وفد النظام، أحمد الكزبري، أن الوفد "جاء بنوايا إيجابية".', "أحمد الكزبري"),
])
def test_co_chairs_and_whom_they_speak_for(pipeline, text, speaker):
    assert run(pipeline, text)[0].speaker.name == speaker


def test_an_office_in_a_state_agency_s_report_is_its_state_s(pipeline):
    text = ('وذكرت وكالة الأنباء الكويتية (كونا) أن وزير الخارجية الشيخ سالم عبدالله الجابر الصباح أكد، '
            'خلال اتصال هاتفي تلقاه من نظيره العراقي فؤاد حسين، أن الاتفاقية "مستمرة".')
    assert run(pipeline, text)[-1].institution.name_en == "Kuwaiti Foreign Ministry"


@pytest.mark.parametrize("text, cues", [
    # a stance in the present that opens the quoted words is the speaker's wording for his side
    ('وقال وزير الخارجية العماني بدر البوسعيدي إن السلطنة "تثمن روح التعاون".', ["وقال"]),
    ('وقال المتحدث باسم الخارجية الأمريكية نيد برايس إن واشنطن "تدين هذا الهجوم".', ["وقال"]),
    # a person's past speech act inside the words is reported
    ('وقال الكرملين إن بايدن "شدد على الحوار".', ["وقال", "شدد"]),
])
def test_a_present_stance_opening_quoted_words(pipeline, text, cues):
    assert [s.cue.text for s in run(pipeline, text)] == cues


@pytest.mark.parametrize("text, cues", [
    # «ذكراه» is his memory, not ذكرا (dual) + ه
    ('أشاد الأمين العام جاسم البديوي بمواقف الفقيد، مضيفا أن ذكراه "ستبقى حاضرة".', ["أشاد", "مضيفا"]),
    # a verb with the pronoun of the antecedent of الذي/التي and no words after it
    ("وقال مصدر إن الرحلات ستستأنف وفق الجدول الزمني الذي تعلنه الشركة.", ["وقال"]),
    ('وأعرب البيت الأبيض عن خيبة أمله من القرار الذي وصفه بـ"قصير النظر".', ["وأعرب", "وصفه"]),
    # a verbal noun with a pronoun after a participle
    ('وأضاف سعيد أن "ما يجمع البلدين أعمق"، مجددا رفضه "لكل أشكال التدخل".', ["وأضاف", "مجددا"]),
])
def test_verbs_with_object_pronouns_that_are_nouns_or_relatives(pipeline, text, cues):
    assert [s.cue.text for s in run(pipeline, text)] == cues


def test_his_highness_is_the_one_called_so(pipeline):
    # «وأكد سموه» after a sentence that names His Highness and then a minister: His Highness
    text = ("واشنطن - (بنا): وقع صاحب السمو الملكي الأمير سلمان بن حمد آل خليفة ولي العهد رئيس مجلس الوزراء، "
            "ومعالي السيد أنتوني بلينكن وزير خارجية الولايات المتحدة الأمريكية، اتفاقية التكامل الأمني.\n\n"
            'وأكد سموه أن الاتفاقية "تمثل محطة تاريخية".')
    assert run(pipeline, text)[-1].speaker.name == "سلمان بن حمد آل خليفة"


def test_votes_for_and_against_are_no_statements(pipeline):
    text = "واعتمد المجلس القرار الذي أيدته 14 دولة وعارضته روسيا، بحسب دبلوماسيين حضروا الجلسة."
    assert [s.cue.text for s in run(pipeline, text)] == ["بحسب"]


@pytest.mark.parametrize("text, speaker, institution", [
    # Egypt's foreign minister's full title, «وشؤون المصريين بالخارج» and all, then his name
    ('من جهته، أكد وزير الخارجية والهجرة وشؤون المصريين بالخارج الدكتور بدر عبد العاطي أن مصر "لن تدخر جهدا".',
     "بدر عبد العاطي", "Egyptian Foreign Ministry"),
    # the head of an organisation noun with a country adjective is that country's
    ("وقالت رئيسة الاتحاد السويسري فيولا أمهيرد، في المؤتمر الصحفي، إن القمة ناجحة.",
     "فيولا أمهيرد", "Swiss Government"),
])
def test_long_portfolios_and_national_organisation_nouns(pipeline, text, speaker, institution):
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


def test_a_city_in_construct_before_a_name(pipeline):
    text = 'وأفاد محافظ أربيل أوميد خوشناو بأن الهجوم "لم يسفر عن خسائر بشرية".'
    assert run(pipeline, text)[0].speaker.name == "أوميد خوشناو"


def test_an_office_s_adjective_then_a_second_office(pipeline):
    text = 'وقال وزير الاتصال الحكومي الناطق الرسمي باسم الحكومة مهند مبيضين إن "جميع الخيارات مطروحة".'
    assert run(pipeline, text)[0].speaker.name == "مهند مبيضين"


@pytest.mark.parametrize("text, cues", [
    ("وقال الوزير إن الحوار مستمر، مبرزا أن رد الجزائر سيكون حازما.", ["وقال", "مبرزا"]),
])
def test_the_highlighting_participle(pipeline, text, cues):
    assert [s.cue.text for s in run(pipeline, text)] == cues


@pytest.mark.parametrize("text, speaker, institution", [
    ("وتوقفت المعارك، وفق البعثة الأممية.", "البعثة الأممية", "United Nations"),
    ("وقالت نقابة أطباء السودان إن المستشفيات خرجت عن الخدمة.", "نقابة أطباء السودان", None),
    ("وسيعقد الاجتماع الشهر المقبل، وفق متابعين.", "متابعين", None),
])
def test_sources_the_lexicons_now_read(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution and st.institution.name_en) == (speaker, institution)


def test_an_office_named_by_the_next_added(pipeline):
    text = ('وقال رئيس الوفد الإيراني المفاوض، في تصريح للتلفزيون، إن الأجواء "كانت إيجابية".\n\n'
            'وأضاف مساعد وزير الخارجية للشؤون السياسية علي باقري كني أن الأطراف "يجب أن تكون مستعدة".')
    assert [s.speaker.name for s in run(pipeline, text)] == ["علي باقري كني"] * 2
    # (not someone of another country)
    text = ('وقال رئيس الوفد الروسي إن الأجواء "كانت إيجابية".\n\n'
            'وأضاف مساعد وزير الخارجية الإيراني علي باقري كني أن الأطراف "يجب أن تكون مستعدة".')
    assert run(pipeline, text)[0].speaker.name == "رئيس الوفد الروسي"


def test_a_verbal_noun_after_the_verb_is_its_object(pipeline):
    text = "وقال مجلس الوزراء الكويتي إن الوضع خطير. وجدد التأكيد على موقف الكويت الثابت."
    assert [s.speaker.name for s in run(pipeline, text)] == ["مجلس الوزراء الكويتي"] * 2


def test_an_envoy_is_of_the_embassy_named_before(pipeline):
    text = ("دمشق - أعلنت سفارة دولة الإمارات في دمشق استئناف عملها.\n\n"
            "وقال القائم بالأعمال بالنيابة عبد الحكيم إبراهيم النعيمي، في تصريح للصحفيين، إن الخطوة تاريخية.")
    assert run(pipeline, text)[-1].institution.name_en == "UAE Foreign Ministry"


def test_an_organisation_after_a_definite_office_is_the_object(pipeline):
    text = ('وقال وزير المياه والبيئة اليمني توفيق الشرجبي إن العملية ناجحة. '
            'وطالب الوزير الأمم المتحدة بـ"الإسراع في التخلص الآمن من الخزان".')
    st = run(pipeline, text)[-1]
    assert (st.speaker.name, st.institution.name_en) == ("توفيق الشرجبي", "Yemeni Water Ministry")


@pytest.mark.parametrize("text, speaker, institution", [
    # the source of «وفقا لـ» without its preposition, in a body unlisted or listed
    ("واتفق الزعيمان على الحوار، وفقا لمكتب الرئاسة الكوري الجنوبي.", "مكتب الرئاسة الكوري الجنوبي",
     "South Korean Presidency"),
    ("وبلغت قوة الزلزال 7.7 درجات، وفقا لهيئة المسح الجيولوجي الأمريكية.", "هيئة المسح الجيولوجي الأمريكية", None),
    # Guyana's adjective as Arab wires also spell it
    ("وأكد الرئيس الغياني محمد عرفان علي أن بلاده لن تتنازل.", "محمد عرفان علي", "Guyanese Presidency"),
])
def test_according_to_sources_and_guyana(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution and st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, speaker", [
    # a word glued by a hyphen to the next is part of the name, even a pronoun's spelling («هو»)
    ('قال مستشار الأمن القومي في مكتب الرئاسة تشانغ هو-جين، اليوم الخميس، إن الحكومة "ستعيد النظر".',
     "تشانغ هو-جين"),
    # and a hyphen inside a subject before «قد قال» does not cut it
    ("وكان رئيس موظفي الرئاسة إيم جونغ-سوك، الذي يرأس لجنة التحضير، قد قال أمس إن القمة ناجحة.",
     "إيم جونغ-سوك"),
])
def test_hyphenated_names(pipeline, text, speaker):
    assert run(pipeline, text)[0].speaker.name == speaker


def test_a_document_s_issuing_verb_is_no_part_of_its_name(pipeline):
    text = "وقال الرئيس إن الحوار مستمر. وأشار إعلان مشترك صدر في ختام اللقاء إلى أن الحدود ستبقى مفتوحة."
    assert run(pipeline, text)[-1].speaker.name == "إعلان مشترك"


@pytest.mark.parametrize("text, speaker, institution", [
    # a capital after an office is the verb's object, not the holder's name
    ('ومن هانوي، حذر الرئيس الروسي سيول من أن إرسال أسلحة إلى كييف سيكون "خطوة لها عواقب".',
     "الرئيس الروسي", "Kremlin"),
    # Japan's Chief Cabinet Secretary
    ('كما أعرب كبير أمناء مجلس الوزراء الياباني يوشيماسا هاياشي عن "قلق بالغ" إزاء التعاون.',
     "يوشيماسا هاياشي", "Japanese Government"),
])
def test_a_capital_is_no_name_and_a_cabinet_secretary(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution.name_en) == (speaker, institution)


@pytest.mark.parametrize("text, speaker, institution", [
    ("وطالب وزير الخارجية المالي عبد الله ديوب بانسحاب البعثة.", "عبد الله ديوب", "Malian Foreign Ministry"),
    ("وقال الرئيس المالي عاصمي غويتا إن البلاد ستمضي قدما.", "عاصمي غويتا", "Malian Presidency"),
    # (elsewhere «المالي» is financial)
    ("وقال المستشار المالي للحكومة إن العجز كبير.", "المستشار المالي للحكومة", None),
])
def test_malian_after_an_office_of_state(pipeline, text, speaker, institution):
    st = run(pipeline, text)[0]
    assert (st.speaker.name, st.institution and st.institution.name_en) == (speaker, institution)
