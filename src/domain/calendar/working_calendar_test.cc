#include "domain/calendar/working_calendar.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

std::vector<std::string> Format(const std::vector<CivilDate>& dates) {
  std::vector<std::string> out;
  for (const CivilDate& date : dates) out.push_back(FormatCivilDate(date));
  return out;
}

TEST(WorkingCalendarTest, WeekendsAndBankHolidaysAreNotWorkingDays) {
  const WorkingCalendar calendar;
  EXPECT_TRUE(calendar.IsWorkingDay(D("2025-01-06")).value());   // Monday
  EXPECT_FALSE(calendar.IsWorkingDay(D("2025-01-04")).value());  // Saturday
  EXPECT_FALSE(calendar.IsWorkingDay(D("2025-01-05")).value());  // Sunday
  EXPECT_FALSE(calendar.IsWorkingDay(D("2025-12-25")).value());
  EXPECT_FALSE(calendar.IsWorkingDay(D("2022-09-19")).value());  // the State Funeral
  EXPECT_TRUE(calendar.IsWorkingDay(D("2022-05-30")).value());   // spring holiday moved away
}

TEST(WorkingCalendarTest, NotificationDueFiveWorkingDaysAfterAwareness) {
  // DOMAIN.md: aware Monday 6 January 2025 -> due Monday 13 January 2025.
  EXPECT_EQ(FormatCivilDate(WorkingCalendar{}.AddWorkingDays(D("2025-01-06"), 5).value()),
            "2025-01-13");
}

TEST(WorkingCalendarTest, RapidReviewDueFifteenWorkingDaysAfterNotificationOverChristmas) {
  // DOMAIN.md: sent Friday 20 December 2024 -> due Wednesday 15 January 2025 (25, 26 December
  // and 1 January are holidays).
  EXPECT_EQ(FormatCivilDate(WorkingCalendar{}.AddWorkingDays(D("2024-12-20"), 15).value()),
            "2025-01-15");
}

TEST(WorkingCalendarTest, AddingZeroWorkingDaysIsTheSameDayEvenAtAWeekend) {
  const WorkingCalendar calendar;
  EXPECT_EQ(calendar.AddWorkingDays(D("2025-01-04"), 0).value(), D("2025-01-04"));
  EXPECT_EQ(calendar.AddWorkingDays(D("2025-01-04"), 1).value(), D("2025-01-06"));
}

TEST(WorkingCalendarTest, SubtractingSkipsHolidaysBackwards) {
  const WorkingCalendar calendar;
  // 7 working days before Tuesday 6 May 2025: Monday 5 May is a holiday.
  EXPECT_EQ(FormatCivilDate(calendar.SubtractWorkingDays(D("2025-05-06"), 7).value()),
            "2025-04-24");
  EXPECT_EQ(calendar.SubtractWorkingDays(D("2025-05-06"), 0).value(), D("2025-05-06"));
  EXPECT_EQ(calendar.AddWorkingDays(D("2025-05-06"), -7).value(), D("2025-04-24"));
}

TEST(WorkingCalendarTest, CountsWorkingDaysBetweenBothWays) {
  const WorkingCalendar calendar;
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2025-01-06"), D("2025-01-13")).value(), 5);
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2025-01-13"), D("2025-01-06")).value(), -5);
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2025-01-06"), D("2025-01-06")).value(), 0);
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2025-01-10"), D("2025-01-12")).value(),
            0);  // Fri to Sun
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2024-12-20"), D("2025-01-15")).value(), 15);
}

TEST(WorkingCalendarTest, TheCountEqualsADayByDayWalkOverYearsAndAdjustments) {
  // The count does not walk the days; check it against a walk over spans of up to five years
  // crossing one-off holidays (2020, 2022, 2023), an added weekday, an added Saturday and a
  // bank holiday worked as normal.
  const WorkingCalendar calendar{
      std::vector<CalendarAdjustment>{{D("2022-12-28"), true, "Office closed"},
                                      {D("2022-12-31"), true, "A Saturday: no change"},
                                      {D("2021-05-31"), false, "Staffed"}}};
  const auto walk = [&](CivilDate from, CivilDate to) {
    int count = 0;
    for (CivilDate day = AddDays(from, 1); day <= to; day = AddDays(day, 1)) {
      if (calendar.IsWorkingDay(day).value()) ++count;
    }
    return count;
  };
  for (CivilDate from = D("2019-12-20"); from < D("2021-06-01"); from = AddDays(from, 37)) {
    for (int span : {0, 1, 6, 7, 8, 30, 365, 800, 1500}) {
      const CivilDate to = AddDays(from, span);
      EXPECT_EQ(calendar.WorkingDaysBetween(from, to).value(), walk(from, to))
          << FormatCivilDate(from) << " + " << span;
      EXPECT_EQ(calendar.WorkingDaysBetween(to, from).value(), -walk(from, to));
    }
  }
}

TEST(WorkingCalendarTest, CountingUndoesAddingForEveryStartAndLength) {
  const WorkingCalendar calendar{std::vector<CalendarAdjustment>{
      {D("2025-12-24"), true, "Office closed"}, {D("2025-08-25"), false, "Staffed"}}};
  for (CivilDate start = D("2024-12-01"); start < D("2026-02-01"); start = AddDays(start, 3)) {
    for (int days : {0, 1, 3, 5, 7, 15, 40}) {
      const CivilDate end = calendar.AddWorkingDays(start, days).value();
      EXPECT_EQ(calendar.WorkingDaysBetween(start, end).value(), days) << FormatCivilDate(start);
      if (days > 0) {
        EXPECT_TRUE(calendar.IsWorkingDay(end).value());
      }
    }
  }
}

TEST(WorkingCalendarTest, APartnershipsAdjustmentsAddAndRemoveDays) {
  const WorkingCalendar calendar{std::vector<CalendarAdjustment>{
      {D("2025-12-24"), true, "Office closed for Christmas Eve"},
      {D("2025-08-25"), false, "Summer holiday worked; day off taken at Christmas"}}};
  EXPECT_FALSE(calendar.IsWorkingDay(D("2025-12-24")).value());
  EXPECT_TRUE(calendar.IsWorkingDay(D("2025-08-25")).value());
  EXPECT_EQ(Format(calendar.Holidays(2025).value()),
            (std::vector<std::string>{"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
                                      "2025-05-26", "2025-12-24", "2025-12-25", "2025-12-26"}));
  // Five working days from Friday 22 August 2025 now count Monday 25 August.
  EXPECT_EQ(FormatCivilDate(calendar.AddWorkingDays(D("2025-08-22"), 5).value()), "2025-08-29");
  EXPECT_EQ(FormatCivilDate(WorkingCalendar{}.AddWorkingDays(D("2025-08-22"), 5).value()),
            "2025-09-01");
}

TEST(WorkingCalendarTest, AnAdjustmentCannotMakeAWeekendAWorkingDay) {
  const WorkingCalendar calendar{std::vector<CalendarAdjustment>{
      {D("2025-01-04"), false, "Saturday opening"}, {D("2025-01-05"), true, "Already a Sunday"}}};
  EXPECT_FALSE(calendar.IsWorkingDay(D("2025-01-04")).value());
  EXPECT_EQ(calendar.Holidays(2025).value().size(), 8u);  // weekends are not listed as holidays
}

TEST(WorkingCalendarTest, AnAdjustmentMustChangeSomethingAndGiveAReason) {
  EXPECT_TRUE(ValidateCalendarAdjustment({D("2025-12-24"), true, "Office closed"}).ok());
  EXPECT_TRUE(ValidateCalendarAdjustment({D("2025-12-26"), false, "Staffed"}).ok());
  EXPECT_EQ(ValidateCalendarAdjustment({D("2025-12-25"), true, "Christmas"}).error().field, "date");
  EXPECT_EQ(ValidateCalendarAdjustment({D("2025-12-27"), true, "Saturday"}).error().field, "date");
  EXPECT_EQ(ValidateCalendarAdjustment({D("2025-12-24"), false, "Not a holiday"}).error().field,
            "date");
  EXPECT_EQ(ValidateCalendarAdjustment({D("2025-12-24"), true, ""}).error().field, "reason");
  EXPECT_EQ(
      ValidateCalendarAdjustment({D("2025-12-24"), true, std::string(201, 'x')}).error().field,
      "reason");
}

TEST(WorkingCalendarTest, HolidaysListsTheYearInOrder) {
  EXPECT_EQ(Format(WorkingCalendar{}.Holidays(2022).value()),
            (std::vector<std::string>{"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02",
                                      "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
                                      "2022-12-26", "2022-12-27"}));
}

TEST(WorkingCalendarTest, RefusesACountThatNeedsADayOutsideTheVerifiedYears) {
  const WorkingCalendar calendar;
  // Counting up to the last verified day works; one day further is refused, naming the years.
  EXPECT_EQ(calendar.AddWorkingDays(D("2035-12-24"), 3).value(), D("2035-12-31"));
  const auto past_the_end = calendar.AddWorkingDays(D("2035-12-24"), 4);
  ASSERT_FALSE(past_the_end.ok());
  EXPECT_EQ(past_the_end.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(past_the_end.error().field, "date");
  EXPECT_NE(past_the_end.error().message.find("from 2000 to 2035"), std::string::npos);
  EXPECT_FALSE(calendar.SubtractWorkingDays(D("2000-01-04"), 1).ok());  // 31 December 1999
  EXPECT_EQ(calendar.SubtractWorkingDays(D("2000-01-05"), 1).value(), D("2000-01-04"));
  EXPECT_FALSE(calendar.WorkingDaysBetween(D("2035-12-28"), D("2036-01-02")).ok());
  EXPECT_FALSE(calendar.WorkingDaysBetween(D("2036-01-02"), D("2035-12-28")).ok());
  EXPECT_FALSE(calendar.IsWorkingDay(D("1999-12-31")).ok());
  EXPECT_FALSE(calendar.Holidays(2036).ok());
  EXPECT_EQ(calendar.Holidays(2036).error().field, "year");
  EXPECT_TRUE(calendar.Holidays(2000).ok());
  // An adjustment outside the years is refused too.
  EXPECT_EQ(ValidateCalendarAdjustment({D("2036-01-07"), true, "Office closed"}).error().field,
            "date");
}

}  // namespace
}  // namespace assure::domain
