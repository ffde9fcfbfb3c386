// The invented words of the demo partnership's learning briefings, used by the stories
// (demo_briefing_stories.cc) that demo_briefings.cc writes: a title and a Markdown body for each,
// with its kind's sections (doc/learning.md). "{pseudonym}" stands for the pseudonym of the first
// subject of the briefing's first linked case ("Adult W"), and "{name}" for that subject's given
// name from the case's restricted details: only the draft the publication check is meant to catch
// quotes it. No word here may be a detail of a linked case (nor "person" or "fictional", the words
// of the names demo cases made before the cases had names hold), or the demo's approvals are
// refused. Constants; thread-safe.
#pragma once

#include <string_view>

namespace assure::cli::demo_briefing_texts {

struct BriefingText {
  std::string_view title;
  std::string_view body;
};

inline constexpr BriefingText kCuriosity{"Professional curiosity: what is daily life like here?",
                                         R"md(## 1. Background

Three of our reviews of serious harm to children found that practitioners took what they were
told at face value. Visits were arranged in advance, the home was tidy on the day, and no one
asked who else lived there or who came to visit.

## 2. Why it matters

Neglect builds up slowly. A child's daily life at home is where it shows first: missed meals,
missed appointments, a bed that is not slept in. If we do not ask, we do not find out.

## 3. What we know

- Children rarely tell at the first opportunity; they test whether the adult in front of them
  will listen.
- Adults who harm children often keep away from professionals, so the people we never meet can be
  the ones who matter most.
- Disguised compliance (appearing to cooperate while nothing changes) was common in the families
  in our reviews.

## 4. What it means for practice

Professional curiosity means looking, listening, asking direct questions and checking what you
are told against what you see and what other agencies know. It is a skill, not a suspicion.

## 5. Questions to reflect on

- When did you last see a child you work with on their own?
- Do you know who lives in the household, and who visits it?
- What would you expect to see if things had really changed?

## 6. What to do

Make some visits unannounced. Ask the child what an ordinary day is like and write down what they
say in their own words. Check with the other agencies involved before you close your involvement.

## 7. Further reading

The partnership's neglect toolkit, and its multi-agency course on professional curiosity.
)md"};

inline constexpr BriefingText kRefusedCare{
    "Lessons learned from the review about {pseudonym}: when an adult refuses care",
    R"md(## Summary

{pseudonym} was an older woman who lived alone and had needs for care and support. Over two
years she refused help more and more often, and her home and her health got worse. Each agency
saw part of the picture and none saw all of it; when services withdrew after a refusal, no one
brought the agencies together. She was admitted to hospital seriously harmed by self-neglect.

## Key learning for professionals

- A refusal of care is the start of a conversation, not the end of your involvement. Ask why,
  and record the answer.
- Assess mental capacity about the specific decision, and assess it again when things change.
- When you are worried and the refusals go on, escalate: ask for a multi-agency risk
  management meeting rather than closing the case.
- Share what you know. The GP, the pharmacist, the housing officer and the police each held one
  piece of this story.

## What the community can do

Neighbours and family often notice first. If you are worried that someone is no longer looking
after themselves or their home, talk to them, and tell adult social care.
)md"};

inline constexpr BriefingText kSharing{"Sharing information about risk: when in doubt, share",
                                       R"md(## 1. Background

Our reviews keep finding the same gap: each agency held a piece of information about risk, and no
one put the pieces together. It was a finding of reviews about children and about adults, and the
Executive Board has asked every agency to act on it.

## 2. Why it matters

Harm is often visible only when what several agencies know is seen side by side. A missed
appointment, a police call-out and a worried teacher may each seem small on their own.

## 3. What we know

- Data protection law does not stop you sharing information to keep a child or an adult safe.
- Practitioners often wait for consent, or for certainty, before they share. In our reviews, that
  wait was where the harm happened.
- Information sent to the wrong inbox, or left in a voicemail, was not acted on.

## 4. What it means for practice

Share information about risk as soon as you have a concern, with the agencies that need it, and
record what you shared, with whom and why. If you decide not to share, record that decision and
your reasons too.

## 5. Questions to reflect on

- Who else is involved with this family or this adult, and what might they know?
- Have you told them what you know?
- Could you explain a decision not to share to a review?

## 6. What to do

Read the partnership's information-sharing protocol. Use the named contacts it lists, and follow
up any referral that has had no answer within one working day.

## 7. Further reading

The partnership's information-sharing protocol, and the national advice for practitioners on
information sharing.
)md"};

inline constexpr BriefingText kDomesticAbuse{
    "Lessons learned: domestic abuse known to adult and children's services",
    R"md(## Summary

This joint review looked at the care of a girl and her mother, who lived with the mother's
partner. The police were called to the home several times. Each incident was recorded,
but the information did not reach the adult and children's services working with the family on
the same day, and the risk was not looked at again after each new incident.

## Key learning for professionals

- Share information about every domestic abuse incident with adult and children's services on
  the same day.
- Look at the risk again after each new incident: a risk assessment is out of date as soon as
  something happens.
- Ask each child and adult in the household, on their own, what life at home is like, and record
  what they say.
- When a victim is already known to be at high risk, escalate a new incident to the MARAC.

## What the community can do

If you are worried that someone you know is being abused by a partner or a relative, you can talk
in confidence to the Northshire domestic abuse helpline on 01632 960 417, open every day. In an
emergency, call 999.
)md"};

// The helpline number above is a telephone number to the check; the business manager accepts it.
inline constexpr std::string_view kHelplineAccepted =
    "The partnership's public domestic abuse helpline, published so that people can call it; it "
    "is not the number of anyone in the review.";

inline constexpr BriefingText kEscalation{
    "Escalation: when a concern about a child or an adult is not resolved",
    R"md(## 1. Background

In many of our reviews a practitioner was worried, told another agency, and nothing changed. The
worry was not taken further, and the case drifted.

## 2. Why it matters

Disagreement between professionals is healthy. Leaving it unresolved is not: a child or an adult
stays at risk while agencies wait for each other.

## 3. What we know

- Practitioners told our reviews that they did not want to damage working relationships.
- Many did not know that the partnership has an escalation policy, or how to use it.
- Where the policy was used, most concerns were resolved at its first or second stage.

## 4. What it means for practice

If you think another agency's decision leaves a child or an adult at risk, say so, and use the
escalation policy. It is a professional duty, not a complaint.

## 5. Questions to reflect on

- Is there a case you still worry about after telling another agency?
- What would it take for you to escalate it today?

## 6. What to do

Talk to your manager or your agency's safeguarding lead, then follow the stages of the policy,
recording each one. Expect an answer within five working days at each stage.

## 7. Further reading

The partnership's escalation policy and its one-page guide for practitioners.
)md"};

inline constexpr BriefingText kMissing{"Missing from home: a warning sign of criminal exploitation",
                                       R"md(## 1. Background

Two rapid reviews looked at teenagers who went missing from home again and again before anyone
found that they were being criminally exploited.

## 2. Why it matters

Each missing episode was recorded, but no one linked them to the risk of exploitation, so the
pattern was missed.

## 3. What we know

- Going missing is often the first sign that a child is being exploited.
- Exploited children may not see themselves as victims, and may be treated as offenders.

## 4. What it means for practice

Treat repeated missing episodes as a safeguarding concern, not a behaviour problem, and look for
the pattern across agencies.

## 5. Questions to reflect on

- Who is the child with when they go missing, and where do they go?
- What did the return home interview find?

## 6. What to do

Share every return home interview with the police and children's social care, and refer concerns
about exploitation to the exploitation panel.

## 7. Further reading

The national guidance on child criminal exploitation.
)md"};

inline constexpr std::string_view kMissingWithdrawn =
    "The national guidance on child criminal exploitation that this briefing summarised has been "
    "replaced. A revised briefing is being written with the Exploitation subgroup.";

inline constexpr BriefingText kCarerRisk{
    "Lessons learned from the review about {pseudonym}: risk known to one agency",
    R"md(## Summary

{pseudonym} was an older man living with dementia, cared for at home by a relative who was on
probation. What one agency knew about the risk the relative posed was not shared with the others,
and concerns that were not resolved between agencies were not escalated.

## Key learning for professionals

- Ask who provides care, and what is known about them; check with probation and the police when
  you have a concern.
- Listen to the adult's own view of their daily life and of the risks, dementia or not.
- If your concern is not resolved, escalate it under the partnership's policy.

## What the community can do

Caring for someone is hard. If you are a carer and are struggling, ask the council for a carer's
assessment. If you are worried about how someone is being cared for, tell adult social care.
)md"};

inline constexpr BriefingText kCapacity{"Mental capacity and repeated refusals of care",
                                        R"md(## 1. Background

Two adults in our reviews refused care again and again while their health got worse. Their
capacity to make those decisions was assumed, or assessed once and never again.

## 2. Why it matters

An adult with capacity may make unwise decisions. But an assessment that is out of date cannot
tell us whether a refusal is a capacitated choice.

## 3. What we know

- Capacity is about one decision at one time.
- Self-neglect can affect executive function: someone may talk well about a decision and still
  be unable to carry it out.

## 4. What it means for practice

Assess capacity about the specific decision, at the time it has to be made, and record how you
reached your view.

## 5. Questions to reflect on

- When was this adult's capacity last assessed, and about what?
- Has anything changed since?

## 6. What to do

Assess again whenever care is refused again, and bring the agencies together when the risk is
high.

## 7. Further reading

The Mental Capacity Act Code of Practice, and the partnership's self-neglect guidance.
)md"};

// Unfinished: the last four sections are still the template's empty headings.
inline constexpr BriefingText kOnline{"Online harm: talking to children about their lives online",
                                      R"md(## 1. Background

More of the referrals we receive mention harm that started online: grooming through games and
social media, and images shared without consent.

## 2. Why it matters

Children's lives online are part of their daily lives. Harm online can be as serious as harm
offline, and it often leads to it.

## 3. What we know

Children tell us that they do not report harm online because they fear losing their phone or
being blamed.

## 4. What it means for practice

## 5. Questions to reflect on

## 6. What to do

## 7. Further reading
)md"};

// A first draft written from the case file that quotes the child's given name: the publication
// check finds it.
inline constexpr BriefingText kNursery{"Lessons learned: hunger and weight loss noticed at nursery",
                                       R"md(## Summary

{name} went to nursery, where staff noticed over several months that she was often hungry and
was losing weight. They talked to her mother, but did not tell the family's health visitor or the
GP, and no one brought the agencies together.

## Key learning for professionals

- Share a concern about a young child's weight or hunger with the health visitor and the GP, and
  check that it arrived.
- Neglect builds up slowly: look at the history, not just at today.

## What the community can do

If you are worried that a child is not being fed or looked after, tell children's social care.
)md"};

}  // namespace assure::cli::demo_briefing_texts
