// Safety screening and the patient's session guide (sources: Finucane et al. 2020 for the red flags,
// Werner's A Massage Therapist's Guide to Pathology for contraindications and endangerment sites;
// the evidence statements claim no more than Furlan et al. 2015 and NICE NG59 find).
#include "session/safety_text.hpp"

#include <array>

namespace lumbar::app {
namespace {

constexpr const char* kRedFlags[] = {
    "A fall, accident or other major injury, or a minor one in someone with osteoporosis: a fracture must be "
    "ruled out first.",
    "Age over 50 or under 20 with new back pain, a history of cancer, fever, unexplained weight loss, or "
    "pain "
    "that is worse at night: these can point to a tumour or an infection.",
    "Numbness around the genitals or buttocks (saddle area), new trouble passing or holding urine or stool, "
    "or "
    "leg weakness that is getting worse: possible cauda equina syndrome, an emergency. Send to hospital now.",
    "A pulsating mass felt in the abdomen: possible aortic aneurysm. Do not massage; refer urgently.",
};
constexpr const char* kContraindications[] = {
    "Deep vein thrombosis, known or suspected (a swollen, warm, painful calf).",
    "Bleeding disorders or anticoagulant medicines: light pressure only, or none.",
    "A recent fracture or severe osteoporosis.",
    "Fever or feeling unwell; acute inflammation in the area.",
    "High-risk pregnancy; after about the first trimester use side-lying rather than prone.",
};
constexpr const char* kEndangerment[] = {
    "Kidneys below the floating ribs: no percussion and no deep pressure at the renal angle (between the "
    "12th "
    "rib and the outer edge of the erector spinae).",
    "The floating ribs (11 and 12) themselves: they bend easily.",
    "Spinous processes: never press on bone; work in the groove beside them.",
    "The sciatic nerve in the buttock: no sustained deep pressure where it runs.",
};
constexpr const char* kBefore[] = {
    "Check with your doctor first if you have any of the warning signs in the Safety tab.",
    // Parenthesised: clang's -Wstring-concatenation takes a lone joined literal for a missing comma.
    ("Tell the therapist about your pain: where, how long, what makes it better or worse, and any "
     "conditions or medicines."),
    "Agree what you want from the session and how much pressure you are comfortable with.",
};
constexpr const char* kDuring[] = {
    "A session usually lasts 60 to 90 minutes: a short assessment of posture and tension, a warm-up with "
    "lighter strokes, slow deeper work along the lower back, then gentle stretching.",
    "Oil or lotion lets the hands glide. Strokes are slow: the deeper the work, the slower it goes.",
    "Deep work can feel like mild discomfort, about 3 to 6 out of 10. It should never be painful: say so at "
    "once if it is, and the therapist will ease off.",
};
constexpr const char* kAfter[] = {
    "Some soreness for a day or two is normal.",
    "Drink water, and avoid heavy workouts right after the session.",
    "Sessions are often spaced one to two weeks apart; keep up the exercises your clinician gives you.",
};
constexpr const char* kAsk[] = {
    "Are you licensed or registered, and what training do you have in deep-tissue work?",
    "How do you handle pain during a session, and how will you check in with me?",
    "Which techniques do you use for the lower back, and why for me?",
    "How often should I come, and how will we know if it is helping?",
};
constexpr const char* kChoose[] = {
    "Look for experience with back pain, good reviews, care tailored to you, and a clean, professional "
    "setting.",
    "A good therapist asks about your health before starting and respects your limits.",
};
constexpr const char* kEvidence[] = {
    ("Massage can ease low back pain in the short term; the evidence is of low quality (a 2015 "
     "Cochrane review of 25 trials with 3,096 people)."),
    "Guidelines (NICE NG59) suggest manual therapy only together with exercise, not on its own.",
    "Massage does not flush toxins, and there is no evidence that it breaks down scar tissue at massage "
    "pressures. It is not a cure.",
};

// The same screening, addressed to the patient.
constexpr const char* kSeeADoctor[] = {
    "You have had a fall or an accident, or even a small one while you have osteoporosis: a broken bone "
    "must be ruled out first.",
    ("You are over 50 or under 20 and the back pain is new, or you have had cancer, have a fever, are "
     "losing weight without trying, or the pain is worse at night."),
    ("You have numbness around your genitals or buttocks, new trouble passing or holding urine or stool, "
     "or weakness in your legs that is getting worse: go to an emergency department now."),
    "You feel a pulsing lump in your belly: get medical help at once.",
};
constexpr const char* kTellYourTherapist[] = {
    "A blood clot, or a calf that is swollen, warm and painful.",
    "A bleeding disorder, or you take blood thinners (anticoagulants): the pressure must stay light.",
    "A recent broken bone, or severe osteoporosis.",
    "A fever, feeling unwell, or skin in the area that is red, hot or swollen.",
    "A pregnancy: after the first three months you lie on your side rather than on your front.",
};
constexpr const char* kWorkedGently[] = {
    "Below your lowest ribs, where the kidneys lie: no deep pressure and no tapping there.",
    "Your two lowest ribs: they are short and bend easily.",
    "The bony bumps down the middle of your back: the therapist works beside them, never on them.",
    "The middle of your buttock, where the sciatic nerve runs: no long, deep pressure there.",
};

constexpr std::array<TextSection, 3> kSafety{{
    {"Red flags: refer before any massage", kRedFlags},
    {"Contraindications and cautions", kContraindications},
    {"Endangerment sites in the lower back", kEndangerment},
}};

constexpr std::array<TextSection, 3> kPatientSafety{{
    {"See a doctor before any massage if", kSeeADoctor},
    {"Tell your therapist first if you have", kTellYourTherapist},
    {"Where the work stays gentle", kWorkedGently},
}};

constexpr std::array<TextSection, 6> kGuide{{
    {"Before the session", kBefore},
    {"What happens", kDuring},
    {"Afterwards", kAfter},
    {"What to ask a therapist", kAsk},
    {"How to choose one", kChoose},
    {"What the evidence says", kEvidence},
}};

} // namespace

std::span<const TextSection> safetySections()
{
    return kSafety;
}
std::span<const TextSection> patientSafetySections()
{
    return kPatientSafety;
}
std::span<const TextSection> sessionGuideSections()
{
    return kGuide;
}

const std::vector<std::string>& endangermentSiteIds()
{
    static const std::vector<std::string> ids{
        "kidney.left", "kidney.right", "rib_11.left", "rib_11.right", "rib_12.left", "rib_12.right"};
    return ids;
}

} // namespace lumbar::app
