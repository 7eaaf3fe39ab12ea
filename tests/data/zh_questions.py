"""Source of tests/data/zh_questions.jsonl: the team's Chinese labelled questions.

Run `python tests/data/zh_questions.py` after editing to regenerate the JSONL.
Written before the Chinese retrieval was tuned, in phrasings that avoid the zh-Hant
FAQ's own alternates: written Chinese, colloquial Cantonese, mixed Chinese-English,
Simplified characters, typos; plus questions the content does not cover. When
entries were added later, questions they also answer list them too. Each
answerable question lists the Traditional Chinese entries or passages that answer
it (an English twin would answer in the wrong language). `kind` is for reading
the failures only; `split` halves the set so tuning on `dev` can be reported on `test`.
"""

import json
from pathlib import Path

P = "article:sense-of-security-zh-hant#"


def zh(*ids: str) -> tuple[str, ...]:
    return tuple(i if i.startswith("article:") else f"{i}-zh-hant" for i in ids)


# (relevant ids) -> [(kind, question[, further ids relevant to this question only])]
ANSWERABLE = {
    zh("respond-to-crying"): [
        ("written", "嬰兒哭了，父母應該立即回應嗎？"),
        ("cantonese", "BB 喊我使唔使即刻去睇佢？"),
        ("mixed", "newborn 喊嘅時候要幾快 respond？"),
        ("simplified", "婴儿哭的时候父母应该多快过去？"),
        ("cantonese", "BB 一喊就要即刻去氹佢咩？"),
    ],
    # grandparents-say-cuddles-spoil came later (content branch) and answers these too.
    zh("spoil-by-responding", "respond-to-crying", "grandparents-say-cuddles-spoil"): [
        ("written", "嬰兒一哭就抱起來，會把他寵壞嗎？"),
        ("cantonese", "屋企人話成日抱個女會縱壞佢，係咪真？"),
        ("mixed", "佢一喊我就抱，會唔會 spoil 壞佢"),
        ("simplified", "总是抱着哭的宝宝会宠坏他吗？"),
    ],
    zh("consistent-response"): [
        ("written", "回應孩子的方式前後一致重要嗎？"),
        ("cantonese", "我對個仔有時好有耐性有時又唔理，會唔會有問題？"),
        ("mixed", "對 BB 嘅反應要唔要 consistent？"),
        ("simplified", "对孩子的回应一致有多重要？"),
    ],
    zh("toddler-crying"): [
        ("written", "兩歲多的孩子經常哭鬧，家長應如何回應？"),
        ("cantonese", "個仔兩歲半，一唔啱佢心意就喊，我應該點做？"),
        ("mixed", "我個 toddler 成日喊，點 respond 先啱？"),
        ("simplified", "两岁孩子爱哭怎么回应？"),
    ],
    zh("leave-to-cry"): [
        ("written", "讓寶寶哭到自己入睡是好方法嗎？"),
        ("cantonese", "由佢喊到自己瞓著得唔得㗎？"),
        ("mixed", "朋友叫我試吓 cry it out，由得 BB 喊，好唔好？"),
        ("simplified", "让宝宝一直哭不去抱可以吗？"),
    ],
    zh("why-responding-builds-trust"): [
        ("written", "回應嬰兒的需要為何有助建立信任？"),
        ("cantonese", "點解有求必應 BB 就會信任我？"),
        ("mixed", "點解 respond BB 嘅需要會 build 到 trust？"),
        ("simplified", "满足宝宝需要为什么能建立信任？"),
    ],
    zh("meeting-needs-when-exhausted"): [
        ("written", "我有時無法立即照顧哭泣的寶寶，會不會對他不好？"),
        ("cantonese", "有時我喺廁所走唔開，遲咗先去 BB 度，會唔會傷害佢？"),
        ("mixed", "湊緊兩個仔，唔係次次都即刻 respond 到，OK 嗎？"),
        ("simplified", "我没办法每次都立刻回应宝宝怎么办？"),
    ],
    zh("physical-contact"): [
        ("written", "擁抱和肌膚接觸如何讓嬰兒有安全感？"),
        ("cantonese", "成日攬住個 BB 對佢有咩好處？"),
        ("mixed", "多啲 body contact 係咪會令 baby 有安全感？"),
        ("simplified", "拥抱宝宝为什么能带来安全感？"),
    ],
    zh("cuddle-toddler"): [
        ("written", "幼兒經常要求擁抱，我應該答應嗎？"),
        ("cantonese", "個女兩歲仲日日要我攬，咁樣 OK 嗎？"),
        ("mixed", "toddler 成日要 cuddle，會唔會攬得太多？"),
        ("simplified", "幼儿天天要抱抱可以吗？"),
    ],
    zh("rocking"): [
        ("written", "輕搖嬰兒對他有甚麼好處？"),
        ("cantonese", "抱住 BB 搖吓佢，有冇用㗎？"),
        ("mixed", "rock BB 入瞓有冇幫助？"),
        ("simplified", "轻轻摇宝宝有好处吗？"),
    ],
    zh("emotional-bond"): [
        ("written", "怎樣才能與新生兒建立親密的感情？"),
        ("cantonese", "我覺得同個仔唔係好親，點算？"),
        ("mixed", "點樣同 newborn 建立 bonding？"),
        ("simplified", "怎么和新生儿培养感情？"),
    ],
    zh("dad-bonding"): [
        ("written", "爸爸可以怎樣與嬰兒建立親密關係？"),
        ("cantonese", "我老公想同個 BB 親啲，佢可以做咩？"),
        ("mixed", "daddy 同 BB bond 唔到，有咩方法？"),
        ("simplified", "爸爸怎样跟宝宝建立感情？"),
    ],
    zh("affection-later-relationships"): [
        ("written", "小時候多擁抱，對孩子長大後的人際關係有影響嗎？"),
        ("cantonese", "細個多啲攬佢錫佢，大個會唔會易啲同人相處？"),
        ("simplified", "小时候多抱抱对以后人际关系有帮助吗？"),
    ],
    zh("daily-routine"): [
        ("written", "嬰兒需要規律的生活作息嗎？"),
        ("cantonese", "BB 使唔使有固定嘅時間表㗎？"),
        ("mixed", "baby 有冇 routine 有咩分別？"),
        ("simplified", "宝宝为什么需要规律作息？"),
    ],
    zh("what-routine-includes"): [
        ("written", "為嬰兒安排作息表，應該包括哪些部分？"),
        ("cantonese", "BB 嘅時間表要排埋啲咩？"),
        ("mixed", "daily routine 要包括咩？"),
        ("simplified", "婴儿作息表要包含哪些内容？"),
    ],
    zh("predictability"): [
        ("written", "為甚麼幼兒需要生活可以預計？"),
        ("cantonese", "BB 知道下一步會做咩，點解咁重要？"),
        ("simplified", "为什么孩子需要可预测的生活？"),
    ],
    zh("sleep-schedule"): [
        ("written", "固定的睡覺時間對嬰兒的安全感有幫助嗎？"),
        ("cantonese", "日日同一個鐘瞓覺會唔會令 BB 安心啲？"),
        ("mixed", "定時 nap 同 bedtime 對 baby 有冇好處？"),
        ("simplified", "固定睡觉时间能让宝宝有安全感吗？"),
    ],
    zh("feeding-schedule"): [
        ("written", "嬰兒應該在固定時間喝奶嗎？"),
        ("cantonese", "餵奶要唔要每日同一個時間？"),
        ("simplified", "宝宝需要固定的喂奶时间吗？"),
    ],
    zh("unstable-care"): [
        ("written", "照顧方式經常變化，對孩子有甚麼影響？"),
        ("cantonese", "屋企啲人湊仔方法日日唔同，會唔會搞到個仔冇安全感？"),
        ("simplified", "照顾不稳定会对孩子造成什么影响？"),
    ],
    zh("several-caregivers"): [
        ("written", "家中有多位照顧者，如何保持一致的照顧？"),
        ("cantonese", "婆婆、姐姐同我湊 BB 方法都唔同，點算？"),
        ("mixed", "屋企有 helper 又有長輩湊仔，點樣 keep 一致？"),
        ("simplified", "几个人带孩子怎么保持一致？"),
    ],
    zh("what-is-security"): [
        ("written", "嬰兒的安全感具體指甚麼？"),
        ("cantonese", "BB 有安全感即係點？"),
        ("simplified", "宝宝的安全感指的是什么？"),
    ],
    zh("why-security-matters"): [
        ("written", "為甚麼父母要重視孩子的安全感？"),
        ("cantonese", "安全感對細路有幾重要？"),
        ("mixed", "sense of security 對小朋友點解重要？"),
        ("simplified", "安全感对孩子为什么重要？"),
    ],
    zh("first-year"): [
        ("written", "嬰兒出生後第一年為何對建立信任最關鍵？"),
        ("cantonese", "點解 BB 第一年咁重要？"),
        ("simplified", "为什么婴儿第一年对信任特别重要？"),
    ],
    zh("erikson"): [
        ("written", "艾瑞克森的發展理論講述甚麼？"),
        ("mixed", "Erikson 嘅 psychosocial theory 講咩？"),
        ("simplified", "埃里克森的理论讲的是什么？"),
    ],
    zh("lack-of-security"): [
        ("written", "孩子缺乏安全感會有甚麼後果？"),
        ("cantonese", "BB 冇安全感大個會點？"),
        ("simplified", "孩子缺乏安全感会怎么样？"),
    ],
    zh("build-trust"): [
        ("written", "怎樣讓嬰兒信任父母？"),
        ("cantonese", "點樣先可以令個 BB 信任我哋？"),
        ("mixed", "同 BB 建立 trust 有咩方法？"),
        ("simplified", "怎样让宝宝信任父母？"),
    ],
    zh("three-methods", "article:sense-of-security-zh-hant#three-methods"): [
        ("written", "建立嬰幼兒安全感有哪幾個方法？"),
        ("cantonese", "有咩方法可以令 BB 有安全感？"),
        ("simplified", "建立宝宝安全感有什么方法？"),
    ],
    zh("basic-needs"): [
        ("written", "吃得飽、睡得好和安全感有關係嗎？"),
        ("cantonese", "食同瞓會唔會影響 BB 嘅安全感？"),
        ("simplified", "吃饭睡觉会影响宝宝安全感吗？"),
    ],
    zh("future-relationships", "affection-later-relationships"): [
        ("written", "嬰兒期的照顧會影響孩子成年後與人相處嗎？"),
        ("cantonese", "BB 時期點樣湊佢，會唔會影響佢將來點同人相處？"),
        ("simplified", "婴儿时期的照顾会影响将来的人际关系吗？"),
    ],
    zh("older-toddler"): [
        ("written", "孩子已經三歲，現在建立安全感還來得及嗎？"),
        ("cantonese", "個女已經兩歲，仲補唔補得返安全感？"),
        ("mixed", "個仔已經係 toddler，仲 build 唔 build 到安全感？"),
        ("simplified", "孩子三岁了还能建立安全感吗？"),
    ],
    zh("loving-environment"): [
        ("written", "怎樣的家庭氣氛能讓孩子有安全感？"),
        ("cantonese", "屋企要點先令細路覺得安全？"),
        ("simplified", "什么样的家庭环境能让孩子有安全感？"),
    ],
    zh("keep-promises"): [
        ("written", "對孩子守信為甚麼重要？"),
        ("cantonese", "應承咗個仔嘅嘢做唔到，會唔會有影響？"),
        ("mixed", "同細路講咗嘅嘢唔 keep promise，有冇問題？"),
        ("simplified", "对孩子守承诺为什么重要？"),
    ],
    zh("avoid-empty-promises"): [
        ("written", "為了讓孩子安靜而隨口答應他，這樣好嗎？"),
        ("cantonese", "佢喊嗰陣我求其應承佢嘢，之後又做唔到，得唔得？"),
        ("simplified", "为了让孩子不哭随便答应他可以吗？"),
    ],
    zh("crying-when-parent-leaves"): [
        ("written", "寶寶看不到媽媽就大哭，怎麼辦？"),
        ("cantonese", "我一行出房個 BB 就喊到好勁，點算？"),
        ("mixed", "BB 有 separation anxiety，我一走開佢就喊"),
        ("simplified", "妈妈一走开宝宝就大哭怎么办？"),
    ],
    zh("starting-daycare"): [
        ("written", "孩子開始上托兒所，家長可以怎樣幫他適應？"),
        ("cantonese", "個仔下個月返幼稚園，點樣幫佢有安全感？"),
        ("mixed", "daycare drop off 佢就喊，點幫佢適應？", zh("daycare-goodbye")),
        ("simplified", "孩子开始上幼儿园怎么帮他适应？"),
    ],
    zh("new-caregiver"): [
        ("written", "更換保姆時，怎樣幫助嬰兒適應？"),
        ("cantonese", "姐姐約滿要走，換新姐姐點樣幫 BB 適應？"),
        ("mixed", "換 helper 點樣令 baby 唔會冇安全感？"),
        ("simplified", "换保姆时怎么帮宝宝适应？"),
    ],
    zh("confidence-to-explore"): [
        ("written", "怎樣讓孩子有信心探索新事物？"),
        ("cantonese", "個仔唔敢自己去玩，成日要我陪，點樣鼓勵佢？"),
        ("simplified", "怎么让孩子有信心探索世界？"),
    ],
    zh("clingy-toddler"): [
        ("written", "幼兒非常黏人，是不是缺乏安全感？"),
        ("cantonese", "個女好黐身，我去廁所都要跟，係咪冇安全感？"),
        ("mixed", "我個仔好 clingy，係咪 insecure？"),
        ("simplified", "孩子特别黏人是没有安全感吗？"),
        ("typo", "個仔好痴身系米冇安全感"),
    ],
    zh("feel-protected"): [
        ("written", "如何讓孩子感到被保護？"),
        ("cantonese", "點樣令細路覺得有人保護佢？"),
        ("simplified", "怎么让孩子觉得被保护？"),
    ],
    zh("quality-time"): [
        ("written", "陪伴孩子的優質時間為何重要？"),
        ("cantonese", "日日陪個仔玩有冇用㗎？"),
        ("mixed", "同 BB 嘅 quality time 有咩用？"),
        ("simplified", "高质量陪伴为什么重要？"),
    ],
    zh("interaction-time"): [
        ("written", "文章所說的親子互動時間是甚麼？"),
        ("cantonese", "親子互動時間即係要做咩？"),
        ("simplified", "亲子互动时间是什么意思？"),
    ],
    zh("working-parent"): [
        ("written", "父母工作忙碌，怎樣仍能給孩子安全感？"),
        ("cantonese", "我返工返到好夜，點先可以令個仔有安全感？"),
        ("mixed", "full time working mum 點樣俾 BB 安全感？"),
        ("simplified", "上班很忙怎么给孩子安全感？"),
    ],
    zh("patient-with-problems"): [
        ("written", "孩子遇到困難時，父母應怎樣幫忙？"),
        ("cantonese", "個仔砌唔到積木就好嬲，我應該點幫佢？"),
        ("simplified", "孩子遇到困难父母怎么帮？"),
    ],
    zh("respect-feelings"): [
        ("written", "父母需要尊重幼兒的情緒嗎？"),
        ("cantonese", "細路唔開心，我應該接納佢嘅感受定叫佢收聲？"),
        ("mixed", "toddler 有 emotions 要唔要 respect 佢？"),
        ("simplified", "要尊重幼儿的情绪吗？"),
    ],
    zh("big-feelings"): [
        ("written", "幼兒大發脾氣時，家長該如何處理？"),
        ("cantonese", "個女三歲扭計扭到喊晒，我點算？"),
        ("mixed", "toddler meltdown 發脾氣點處理？"),
        ("simplified", "孩子大发脾气怎么处理？"),
    ],
    zh("child-opinions"): [
        ("written", "幼兒的想法值得父母聆聽嗎？"),
        ("cantonese", "兩歲細路嘅意見使唔使聽？"),
        ("simplified", "要听幼儿的想法吗？"),
    ],
    zh("self-esteem"): [
        ("written", "怎樣培養孩子正面的自尊？"),
        ("cantonese", "點樣令個女對自己有信心？"),
        ("mixed", "點樣 build 小朋友嘅 self-esteem？"),
        ("simplified", "怎样培养孩子的自尊心？"),
    ],
    zh("who-wrote-article"): [
        ("written", "這篇安全感文章的作者是誰？"),
        ("cantonese", "呢篇文邊個寫㗎？"),
        ("simplified", "这篇文章的作者是谁？"),
    ],
    zh("article-references"): [
        ("written", "文章的參考文獻是甚麼？"),
        ("simplified", "文章有什么参考文献？"),
    ],
    zh("what-article-covers"): [
        ("written", "這篇文章的主要內容是甚麼？"),
        ("cantonese", "篇文主要講咩？"),
        ("simplified", "这篇文章主要讲什么？"),
    ],
}

OUT_OF_SCOPE = [
    ("written", "嬰兒幾個月大可以開始吃固體食物？"),
    ("written", "如何為孩子選擇合適的幼稚園？"),
    ("written", "寶寶發燒到三十八度應該怎麼辦？"),
    ("written", "孩子甚麼時候應該開始學寫字？"),
    ("written", "嬰兒車應該選哪個牌子？"),
    ("written", "怎樣教孩子使用廁所？"),
    ("written", "孩子長牙時牙肉痛怎麼紓緩？"),
    ("written", "嬰兒奶粉哪一種比較好？"),
    ("cantonese", "BB 幾時先識行路？"),
    ("cantonese", "個仔唔肯食菜，點算？"),
    ("cantonese", "邊度可以報名 playgroup？"),
    ("cantonese", "BB 出紅疹要唔要睇醫生？"),
    ("cantonese", "個女成日咳，係咪感冒？"),
    ("cantonese", "幾歲先好俾細路玩 iPad？"),
    ("cantonese", "你哋診所幾點開門？"),
    ("cantonese", "小朋友打疫苗有咩要注意？"),
    ("cantonese", "屋企裝修應該揀咩油漆？"),
    ("mixed", "BB 幾時可以飲 formula 以外嘅嘢？"),
    ("mixed", "點樣 apply 幼稚園 K1 學位？"),
    ("mixed", "toddler 幾歲先可以學 English phonics？"),
    ("mixed", "BB 要唔要食 vitamin D？"),
    ("mixed", "有冇 recommend 嘅 baby monitor？"),
    ("mixed", "點樣 sleep train 個 baby 一覺瞓到天光？"),
    ("simplified", "宝宝几个月可以翻身？"),
    ("simplified", "孩子便秘怎么办？"),
    ("simplified", "怎么给宝宝洗澡？"),
    ("simplified", "儿童安全座椅怎么选？"),
    ("simplified", "孩子几岁可以上兴趣班？"),
    ("simplified", "宝宝湿疹怎么护理？"),
    ("written", "香港有哪些適合親子的週末好去處？"),
    ("written", "雙語教育會不會令孩子說話遲？"),
    ("cantonese", "今日天氣點呀？"),
    ("cantonese", "BB 瞓覺要唔要開冷氣？"),
    ("written", "孩子說話遲，需要做言語治療嗎？"),
    ("mixed", "孩子 screen time 每日幾多先啱？"),
    ("simplified", "怎么给孩子报名学游泳？"),
]


# A second batch (2026-12-04), written before the second round of tuning, in other
# voices, covering the everyday-situations entries too, with out-of-scope near
# misses that share words with the content (BB, 喊, 湊仔, 安全, 姐姐, 返學...).
ANSWERABLE_MORE = {
    zh("respond-to-crying"): [
        ("cantonese", "個 BB 啱啱喊咗兩聲，我係咪要即刻放低手頭嘅嘢？"),
        ("simplified", "新生儿一哭是不是马上要去看？"),
    ],
    zh("spoil-by-responding", "grandparents-say-cuddles-spoil", "respond-to-crying"): [
        ("typo", "bb一喊就抱佢 會唔會寵懷"),
        ("mixed", "我婆婆話我成日 carry BB 會 spoil 佢，真唔真？"),
    ],
    zh("consistent-response"): [
        ("written", "我有時很快回應孩子，有時卻置之不理，這樣會令他混亂嗎？"),
    ],
    zh("toddler-crying"): [
        ("simplified", "三岁以下的孩子动不动就哭，大人该怎么做？"),
        ("cantonese", "個囡兩歲，跌親少少都喊足十分鐘，我點回應佢好？"),
    ],
    zh("leave-to-cry"): [
        ("written", "有人建議讓嬰兒自己哭到睡着，這種做法可取嗎？"),
        ("mixed", "cry it out 訓練啱唔啱新生 BB？"),
    ],
    zh("why-responding-builds-trust"): [
        ("cantonese", "點解 BB 要求乜我就回應，佢會更加信我？"),
    ],
    zh("meeting-needs-when-exhausted"): [
        ("written", "照顧兩個孩子分身不暇，寶寶哭時未能馬上回應，會有傷害嗎？"),
        ("mixed", "我自己都好攰，有時 BB 喊都要等一陣先去到，會唔會 affect 佢？"),
    ],
    zh("physical-contact"): [
        ("simplified", "多跟宝宝肌肤接触有什么好处？"),
        ("cantonese", "日日同 BB skin to skin，佢會唔會有安全感啲？"),
    ],
    zh("cuddle-toddler"): [
        ("written", "孩子快三歲了，還天天抱他會否太多？"),
    ],
    zh("rocking"): [
        ("cantonese", "氹 BB 嗰陣輕輕搖佢，係咪好嘢？"),
    ],
    zh("emotional-bond"): [
        ("written", "產後我覺得和寶寶不夠親近，該怎樣培養感情？"),
    ],
    zh("dad-bonding"): [
        ("cantonese", "爸爸返工好少見 BB，佢點樣可以同個仔親近啲？"),
        ("simplified", "爷爷奶奶怎样和宝宝建立感情？"),
    ],
    zh("affection-later-relationships", "future-relationships"): [
        ("mixed", "細個多啲 hug 佢，大個 social 會唔會好啲？"),
    ],
    zh("daily-routine"): [
        ("written", "為何嬰兒每日的生活要有規律？"),
        ("simplified", "宝宝每天的生活一定要有规律吗？"),
    ],
    zh("what-routine-includes"): [
        ("mixed", "BB 嘅 daily schedule 應該有啲咩環節？"),
    ],
    zh("predictability"): [
        ("cantonese", "點解細路鍾意知道跟住做咩？"),
    ],
    zh("sleep-schedule"): [
        ("simplified", "宝宝每天几点睡觉要固定吗？"),
        ("cantonese", "BB 晏覺同夜晚瞓覺時間唔定，會唔會冇安全感？"),
    ],
    zh("feeding-schedule"): [
        ("mixed", "BB 飲奶要唔要 fixed time？"),
    ],
    zh("unstable-care"): [
        ("written", "如果照顧寶寶的方式時好時壞，對他有甚麼影響？"),
    ],
    zh("several-caregivers"): [
        ("cantonese", "爺爺嫲嫲同我哋湊法唔同，點樣統一？"),
    ],
    zh("what-is-security"): [
        ("mixed", "乜嘢叫做 sense of security？"),
    ],
    zh("why-security-matters"): [
        ("simplified", "宝宝有没有安全感，真的那么重要吗？"),
    ],
    zh("first-year"): [
        ("cantonese", "點解話 BB 出世頭一年最緊要？"),
    ],
    zh("erikson"): [
        ("cantonese", "Erik Erikson 係邊個？講咗啲咩？"),
    ],
    zh("lack-of-security"): [
        ("written", "嬰兒如果經常被忽略，會出現甚麼問題？"),
        ("mixed", "BB 冇 security 會有咩 sign？"),
    ],
    zh("build-trust"): [
        ("simplified", "怎么让宝宝相信我？"),
    ],
    zh("three-methods", "article:sense-of-security-zh-hant#three-methods"): [
        ("cantonese", "文章教咗邊幾個方法令 BB 有安全感？"),
    ],
    zh("basic-needs"): [
        ("mixed", "BB 食得唔夠、瞓得唔好，會唔會冇 security？"),
    ],
    zh("older-toddler"): [
        ("cantonese", "頭一年我冇點陪佢，而家個仔三歲仲嚟唔嚟得切？"),
    ],
    zh("loving-environment"): [
        ("simplified", "家里要营造什么样的气氛孩子才有安全感？"),
    ],
    zh("keep-promises"): [
        ("cantonese", "講咗帶個女去海洋公園但係冇去，佢會唔會以後唔信我？"),
    ],
    zh("avoid-empty-promises"): [
        ("mixed", "佢 tantrum 嗰陣我求其 promise 佢買玩具，OK 唔 OK？"),
    ],
    zh("crying-when-parent-leaves"): [
        ("simplified", "我去厨房一下宝宝就哭，怎么办？"),
        ("written", "嬰兒一見不到我就哭，這是分離焦慮嗎？"),
    ],
    zh("starting-daycare"): [
        ("cantonese", "個女九月開始返 N 班，我可以點樣幫佢準備？"),
    ],
    zh("new-caregiver"): [
        ("simplified", "新阿姨来了宝宝不适应怎么办？"),
    ],
    zh("confidence-to-explore"): [
        ("mixed", "點樣令個仔夠膽自己 explore？"),
    ],
    zh("clingy-toddler"): [
        ("written", "孩子時時刻刻都要跟着我，是否沒有安全感？"),
        ("typo", "個女好癡身 系唔系冇安全感"),
    ],
    zh("feel-protected"): [
        ("mixed", "點樣令 BB feel 到有人保護佢？"),
    ],
    zh("quality-time"): [
        ("simplified", "每天专心陪孩子玩有什么好处？"),
    ],
    zh("interaction-time"): [
        ("cantonese", "文章講嘅親子互動時間要點樣做？"),
    ],
    zh("working-parent"): [
        ("cantonese", "兩公婆都要返工，夜晚先見到個仔，點樣俾佢安全感？"),
        ("simplified", "双职工家庭怎么给孩子安全感？"),
    ],
    zh("patient-with-problems", "big-feelings"): [
        ("mixed", "個仔做 puzzle 做唔到就發脾氣，我應該點幫佢？"),
    ],
    zh("respect-feelings"): [
        ("written", "孩子傷心時，父母應否接納他的感受？"),
    ],
    zh("big-feelings", "toddler-crying"): [
        ("simplified", "孩子在商场里大哭大闹怎么办？"),
    ],
    zh("child-opinions"): [
        ("mixed", "細路嘅 opinion 要唔要 listen？"),
    ],
    zh("self-esteem"): [
        ("written", "如何提升孩子的自信與自我價值？"),
    ],
    zh("who-wrote-article"): [
        ("mixed", "篇 article 嘅 author 係邊位？"),
    ],
    zh("article-references"): [
        ("cantonese", "篇文有冇講參考咗邊啲資料？"),
    ],
    zh("what-article-covers"): [
        ("simplified", "这篇关于安全感的文章说了些什么？"),
    ],
    zh("daycare-goodbye"): [
        ("cantonese", "送個仔返學佢攬實我唔俾走，我應該點講 bye bye？"),
    ],
    zh("sneaking-away"): [
        ("written", "為免孩子哭，我應該趁他不為意時偷偷走嗎？"),
        ("simplified", "趁孩子不注意悄悄走掉好不好？"),
    ],
    zh("late-return", "keep-promises"): [
        ("mixed", "我 promise 咗準時接佢，但係 late 咗，點補救？"),
    ],
    zh("parent-travels-for-work"): [
        ("cantonese", "老公每個禮拜都要飛去出差，點樣令個女唔會冇安全感？"),
    ],
    zh("new-sibling"): [
        ("simplified", "二宝出生后老大变得很黏人怎么办？"),
        ("cantonese", "就嚟生 BB 二號，點樣令大仔唔覺得被忽略？"),
    ],
    zh("playgroup-clinging"): [
        ("mixed", "去 playgroup 個女只係坐喺我隔離，唔肯同其他小朋友玩"),
    ],
    zh("returning-to-work"): [
        ("written", "產假完結後要回到職場，怎樣為嬰兒作準備？"),
        ("simplified", "产假快结束了，怎么让宝宝适应我去上班？"),
    ],
    zh("attached-to-helper"): [
        ("cantonese", "個仔黐工人姐姐多過黐我，係咪我做得唔好？"),
    ],
    zh("bedtime-separation"): [
        ("simplified", "每晚关灯我一走出房间孩子就哭，怎么办？"),
    ],
    zh("explaining-when-back"): [
        ("mixed", "出街前要唔要同個仔講我幾點 come back？"),
    ],
    zh("reunion-after-separation", "parent-travels-for-work"): [
        ("written", "我出差回來，孩子好像不認得我，對我很冷淡，怎麼辦？"),
    ],
    zh("routine-disrupted"): [
        ("cantonese", "搬咗屋之後 BB 瞓覺時間亂晒，點樣幫佢？"),
    ],
    zh("two-homes"): [
        ("simplified", "离婚后孩子在两边住，怎么保持一致？"),
    ],
    zh("prefers-one-parent"): [
        ("cantonese", "個仔淨係要爸爸，唔俾我抱，我可以點？"),
    ],
    zh("overnight-away"): [
        ("mixed", "第一次俾 BB 喺外婆屋企 overnight，得唔得？"),
    ],
    zh("distracted-by-phone"): [
        ("simplified", "陪孩子的时候老看手机会影响他吗？"),
    ],
    zh("daycare-tears-then-fine"): [
        ("cantonese", "個女返學門口喊，老師話入到課室就冇事，係咪真係冇事？"),
    ],
}

OUT_OF_SCOPE_MORE = [
    ("cantonese", "BB 出牙喊到唔停，有咩可以紓緩？"),
    ("cantonese", "湊仔假可以放幾多日？"),
    ("cantonese", "BB 喊到打嗝點算？"),
    ("cantonese", "BB 瞓覺要唔要用枕頭？"),
    ("mixed", "BB 車 recommend 邊隻牌子？"),
    ("written", "寶寶的安全座椅應該朝前還是朝後？"),
    ("simplified", "宝宝摔下床要不要去医院？"),
    ("cantonese", "屋企窗口點樣裝安全網防止細路爬出去？"),
    ("cantonese", "個仔成日喊肚痛，係咪腸胃有問題？"),
    ("written", "孩子幾歲可以自己睡一間房？"),
    ("simplified", "宝宝吐奶正常吗？"),
    ("mixed", "BB 幾多個月可以 sleep through the night？"),
    ("cantonese", "個女喊住唔肯刷牙，點算？"),
    ("written", "嬰兒游泳課對發展有幫助嗎？"),
    ("cantonese", "BB 夜晚飲奶要唔要掃牙？"),
    ("simplified", "孩子说话口吃怎么办？"),
    ("written", "請問外傭的合約怎樣續約？"),
    ("cantonese", "工人姐姐成日用電話，我應唔應該炒佢？"),
    ("simplified", "孩子多大可以自己吃饭？"),
    ("mixed", "邊間 daycare 有 English speaking 老師？"),
    ("cantonese", "BB 幾時可以開始食蛋？"),
    ("written", "孩子對花生敏感應該怎樣處理？"),
    ("simplified", "二胎政策有什么补贴？"),
    ("cantonese", "搬屋應該揀邊區好？"),
    ("mixed", "去旅行帶 BB 要帶啲咩 essentials？"),
    ("written", "父母離婚後撫養權如何決定？"),
    ("cantonese", "手機有咩 app 可以記錄 BB 食奶？"),
    ("simplified", "宝宝多大可以看电视？"),
    ("cantonese", "你哋有冇安全感嘅工作坊可以報名？"),
    ("written", "這篇文章可以轉載到我的網誌嗎？"),
    ("cantonese", "BB 喊聲好沙，係咪喉嚨發炎？"),
    ("mixed", "BB 唔肯 take bottle 淨係要親餵點算？"),
    ("simplified", "孩子上幼儿园总是生病怎么办？"),
    ("cantonese", "個女返學俾同學蝦，我應該點做？"),
    ("written", "幼兒何時開始會說完整的句子？"),
]


def rows() -> list[dict]:
    return batch(ANSWERABLE, OUT_OF_SCOPE, 1) + batch(ANSWERABLE_MORE, OUT_OF_SCOPE_MORE, 2)


def batch(answerable: dict, out_of_scope: list, number: int) -> list[dict]:
    """One batch's rows, halved into dev and test by position; `batch` tells them apart."""
    out = []
    for entry, (relevant, questions) in enumerate(answerable.items()):
        for position, (kind, query, *more) in enumerate(questions):
            split = "dev" if (entry + position) % 2 == 0 else "test"
            ids = [*relevant, *(more[0] if more else ())]
            out.append(
                {"query": query, "relevant": ids, "kind": kind, "split": split, "batch": number}
            )
    for position, (kind, query) in enumerate(out_of_scope):
        split = "dev" if position % 2 == 0 else "test"
        out.append(
            {"query": query, "expect": "abstain", "kind": kind, "split": split, "batch": number}
        )
    return out


if __name__ == "__main__":
    target = Path(__file__).with_suffix(".jsonl")
    lines = [json.dumps(row, ensure_ascii=False) for row in rows()]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} questions to {target}")
