package claims

import (
	"strings"
	"testing"
)

func TestCleanPageLinesBnEn(t *testing.T) {
	tests := []struct {
		name       string
		body       string
		gone, kept []string
	}{
		{
			name: "calls to action and credits",
			body: "Kim vows support for Russia\n\nWritten by Reuters\nNorth Korea will send 6,000 engineers to Kursk, state media said.\nClick here to read the full story\nFollow The Hindu on WhatsApp\nEdited by Arjun Sen\nRussian forces advanced 10 km, officials said.\n— ANI\n",
			gone: []string{"Written by", "Click here", "WhatsApp", "Edited by", "ANI"},
			kept: []string{"6,000 engineers", "advanced 10 km"},
		},
		{
			name: "Bengali calls put the verb last",
			body: "রাশিয়ায় আরও সেনা পাঠাচ্ছে উত্তর কোরিয়া।\nসবার আগে খবর পেতে ফলো করুন\nভিডিও: কুরস্কে উত্তর কোরিয়ার সেনা\nশোইগু বলেন, এক হাজার জন মাইন সরাবেন।\n",
			gone: []string{"ফলো করুন", "ভিডিও"},
			kept: []string{"আরও সেনা", "মাইন সরাবেন"},
		},
		{
			name: "a call verb without a platform is content",
			body: "Follow-up talks are due in Moscow next week.\nFollow the money, the minister told parliament.\nPutin's remarks were first posted on Telegram.\n",
			kept: []string{"Follow-up talks", "Follow the money", "on Telegram"},
		},
		{
			name: "related list under a bare heading",
			body: "Seoul says 11,000 troops are in Kursk.\nRelated News\nUkraine strikes Russian airfield\nZelensky meets European leaders\n",
			gone: []string{"Related News", "airfield", "European leaders"},
			kept: []string{"11,000 troops"},
		},
		{
			name: "a heading followed by prose keeps the prose",
			body: "Seoul says 11,000 troops are in Kursk.\nRelated News\nThe agency said losses were high.\n",
			gone: []string{"Related News"},
			kept: []string{"losses were high"},
		},
		{
			name: "byline with a place, pipe-joined byline and stamp",
			body: "নিজস্ব প্রতিবেদক, সিলেট\nBy Web Desk | Updated: Jan 14, 2025, 09:12 IST\nসিলেটে বন্যা পরিস্থিতির অবনতি হয়েছে।\n",
			gone: []string{"প্রতিবেদক", "Web Desk", "Updated"},
			kept: []string{"বন্যা পরিস্থিতির"},
		},
		{
			name: "wire dateline without a dash, caption under a photo",
			body: "Ranchi, Nov 23 (PTI) The JMM won 34 seats.\nFile photo of Hemant Soren. (PTI)\n",
			gone: []string{"Ranchi, Nov 23", "File photo"},
			kept: []string{"The JMM won 34 seats."},
		},
		{
			name: "a long caption after a photo label and a colon, a share label",
			body: "Kim Jong Un met Putin at the cosmodrome.\nPhoto: Kim Jong Un signs the visitors' book at the cosmodrome as his sister Kim Yo Jong looks on. (Reuters)\nছবি: ত্রাণ শিবিরে আশ্রয় নেওয়া বন্যাদুর্গত পরিবারগুলো খাবারের জন্য অপেক্ষা করছে\nShare:\n",
			gone: []string{"visitors' book", "ত্রাণ শিবিরে", "Share"},
			kept: []string{"Kim Jong Un met Putin at the cosmodrome."},
		},
		{
			name: "wire and site credits",
			body: "Star Online Report\nUNB, Dhaka\nPutin arrived in Pyongyang on Wednesday.\nStory continues below this ad\n© IE Online Media Services Pvt Ltd\nসূত্র: রয়টার্স\nএমএইচ/এএসএম\n",
			gone: []string{"Online Report", "UNB", "continues below", "©", "সূত্র", "এমএইচ"},
			kept: []string{"Putin arrived in Pyongyang on Wednesday."},
		},
		{
			name: "a source label before a sentence is content",
			body: "Source: a senior official told Yonhap that the talks in Pyongyang had gone on well into the night.\n",
			kept: []string{"a senior official told Yonhap that the talks"},
		},
		{
			name: "two headed lists at the foot",
			body: "দুই নেতা চুক্তিতে সই করবেন।\nআরও পড়ুন:\nকিমকে লিমুজিন উপহার পুতিনের\nইউক্রেনে উত্তর কোরিয়ার সেনা\nপাঠকের মন্তব্য (০)\nএই বিভাগের আরও খবর\n",
			gone: []string{"লিমুজিন", "ইউক্রেনে উত্তর", "মন্তব্য", "বিভাগের"},
			kept: []string{"চুক্তিতে সই করবেন"},
		},
		{
			name: "a bare label with a spaced colon does not panic",
			body: "Putin arrived in Pyongyang on Wednesday.\nLocation :\n",
			kept: []string{"Putin arrived in Pyongyang on Wednesday."},
		},
		{
			name: "timestamps on their own lines",
			body: "Read Time: 3 mins\nNorth Korea has sent 3,000 more troops, Seoul said.\nShow comments\nFirst Published:\nJun 19 2024, 10:12 IST\n১৯ জুন ২০২৪, ১০:১৫ পিএম\n",
			gone: []string{"3 mins", "Show comments", "Jun 19 2024", "১৯ জুন"},
			kept: []string{"3,000 more troops"},
		},
		{
			name: "a short dated sentence is content",
			body: "পুতিন ১৯ জুন ২০২৪ পিয়ংইয়ং যান।\nPutin visited Pyongyang on June 19, 2024\n",
			kept: []string{"১৯ জুন ২০২৪ পিয়ংইয়ং", "Putin visited Pyongyang on June 19, 2024"},
		},
		{
			name: "dateline after a headline with no blank line",
			body: "উত্তর কোরিয়া থেকে আরও সেনা যাচ্ছে রাশিয়ায়\nঢাকা: রাশিয়ার কুরস্ক অঞ্চলে সেনা পাঠাবে উত্তর কোরিয়া।\n",
			gone: []string{"ঢাকা:"},
			kept: []string{"রাশিয়ার কুরস্ক"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.body).Text
			for _, g := range tt.gone {
				if strings.Contains(got, g) {
					t.Errorf("Clean kept %q:\n%s", g, got)
				}
			}
			for _, k := range tt.kept {
				if !strings.Contains(got, k) {
					t.Errorf("Clean lost %q:\n%s", k, got)
				}
			}
		})
	}
}
