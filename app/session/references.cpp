// The bibliography's entries.
#include "session/references.hpp"

#include <array>

namespace lumbar::app {
namespace {

constexpr std::array kReferences{
    Reference{"Berikol et al. 2022",
        "Berikol G, Ekşi MŞ, Aydın L, Börekci A, Özcan-Ekşi EE. Subcutaneous fat index: a reliable tool for "
        "lumbar spine studies. European Radiology 2022;32(9):6504-6513."},
    Reference{"Boussinesq 1885",
        "Boussinesq J. Application des potentiels à l'étude de l'équilibre et du mouvement des solides "
        "élastiques. Paris: Gauthier-Villars; 1885."},
    Reference{"Chakraverty et al. 2007",
        "Chakraverty R, Pynsent P, Isaacs K. Which spinal levels are identified by palpation of the iliac "
        "crests and the posterior superior iliac spines? Journal of Anatomy 2007;210(2):232-236."},
    Reference{"Chaves et al. 2020",
        "Chaves P, Simões D, Paço M, Pinho F, Duarte JA, Ribeiro F. Pressure applied during deep friction "
        "massage: characterization and relationship with time of onset of analgesia. Applied Sciences "
        "2020;10(8):2705."},
    Reference{"Finucane et al. 2020",
        "Finucane LM, Downie A, Mercer C, et al. International framework for red flags for potential serious "
        "spinal pathologies. Journal of Orthopaedic & Sports Physical Therapy 2020;50(7):350-372."},
    Reference{"Fischer 1987",
        "Fischer AA. Pressure algometry over normal muscles: standard values, validity and reproducibility "
        "of pressure threshold. Pain 1987;30(1):115-126."},
    Reference{"Furlan et al. 2015",
        "Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M. Massage for low-back pain. Cochrane Database "
        "of Systematic Reviews 2015, Issue 9: CD001929 (doi 10.1002/14651858.CD001929.pub3)."},
    Reference{"Hawker et al. 2011",
        "Hawker GA, Mian S, Kendzerska T, French M. Measures of adult pain: Visual Analog Scale for Pain "
        "(VAS "
        "Pain), Numeric Rating Scale for Pain (NRS Pain) and others. Arthritis Care & Research "
        "2011;63(S11):S240-S252."},
    Reference{"Löken et al. 2009",
        "Löken LS, Wessberg J, Morrison I, McGlone F, Olausson H. Coding of pleasant touch by unmyelinated "
        "afferents in humans. Nature Neuroscience 2009;12(5):547-548."},
    Reference{"Love 1929",
        "Love AEH. The stress produced in a semi-infinite solid by pressure on part of the boundary. "
        "Philosophical Transactions of the Royal Society of London A 1929;228:377-420."},
    Reference{"Lucas et al. 2009",
        "Lucas N, Macaskill P, Irwig L, Moran R, Bogduk N. Reliability of physical examination for diagnosis "
        "of myofascial trigger points: a systematic review of the literature. Clinical Journal of Pain "
        "2009;25(1):80-89."},
    Reference{"NICE NG59",
        "National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: "
        "assessment and management (NICE guideline NG59). London: NICE; 2016, updated 2020."},
    Reference{"Poot-Franco et al. 2024",
        "Poot-Franco JA, Mena-Balan A, Perez-Navarrete A, Huchim O, Azcorra-Perez H, Mendez-Dominguez N. "
        "Association between the thickness of lumbar subcutaneous fat tissue and the presence of hernias in "
        "adults with persistent, non-traumatic low back pain. Tomography 2024;10(2):277-285."},
    Reference{"Quintner et al. 2015",
        "Quintner JL, Bove GM, Cohen ML. A critical evaluation of the trigger point phenomenon. "
        "Rheumatology (Oxford) 2015;54(3):392-399."},
    Reference{"Simons, Travell and Simons 1999",
        "Simons DG, Travell JG, Simons LS. Travell & Simons' Myofascial Pain and Dysfunction: The Trigger "
        "Point Manual. Volume 1: Upper Half of Body. 2nd ed. Baltimore: Williams & Wilkins; 1999."},
    Reference{"Travell and Simons 1992",
        "Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual. Volume 2: The "
        "Lower Extremities. Baltimore: Williams & Wilkins; 1992."},
    Reference{"Werner, A Massage Therapist's Guide to Pathology",
        "Werner R. A Massage Therapist's Guide to Pathology: Critical Thinking and Practical Application. "
        "Books of Discovery (in its successive editions)."},
    Reference{"Willard et al. 2012",
        "Willard FH, Vleeming A, Schuenke MD, Danneels L, Schleip R. The thoracolumbar fascia: anatomy, "
        "function and clinical considerations. Journal of Anatomy 2012;221(6):507-536."},
};

} // namespace

std::span<const Reference> references()
{
    return kReferences;
}

std::vector<const Reference*> referencesCitedIn(std::string_view text)
{
    std::vector<const Reference*> cited;
    for (const Reference& reference : kReferences)
        if (text.find(reference.cite) != std::string_view::npos)
            cited.push_back(&reference);
    return cited;
}

} // namespace lumbar::app
