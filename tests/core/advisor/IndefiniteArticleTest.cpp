#include "advisor/IndefiniteArticle.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

TEST(IndefiniteArticle, FollowsTheSoundNotTheLetter)
{
    for (const char *title : {"Administrative assistant", "administrative assistant", "Editor",
                              "Influencer", "Online moderator", "SEO specialist", "HR manager",
                              "FAQ writer", "Hourly analyst", "Honest broker"}) {
        EXPECT_TRUE(IndefiniteArticle::takesAn(QLatin1String(title))) << title;
    }
    for (const char *title :
         {"Social media manager", "social media influencer", "Website manager", "User researcher",
          "Unit lead", "European editor", "One-person agency", "UX designer", "PR specialist",
          "Usual suspect", ""}) {
        EXPECT_FALSE(IndefiniteArticle::takesAn(QLatin1String(title))) << title;
    }
}

} // namespace
} // namespace rolelens
