namespace OutlookGuard.Core.Localization;

/// <summary>日本語の文言（ルールの順）。英語版は <c>Wording.En.cs</c>、仕組みは <see cref="Wording"/> を参照。</summary>
public static partial class Wording
{
    private static readonly Dictionary<string, string> Ja = new(StringComparer.Ordinal)
    {
        // Shared by several rules.
        ["common.absent"] = "（なし）",
        ["common.compauth-reason"] = "Microsoft の compauth 理由コード {code}：{explanation}。",

        // reply-to-mismatch
        ["reply-to-mismatch.title"] = "返信先が送信者と別の組織です",
        ["reply-to-mismatch.detail"] = "返信は送信者の組織（{fromDomain}）ではなく {replyTo}（{replyToDomain}）に届きます。{reason}{extras}",
        ["reply-to-mismatch.reason.free-mail"] = "送信者は組織のドメインから送っているのに、返信先はフリーメールのアドレスです。",
        ["reply-to-mismatch.reason.colleague"] = "送信者は同僚（自組織のドメイン）に見えますが、返信は組織の外に出ます。",
        ["reply-to-mismatch.reason.protected-name"] = "送信者名は保護対象の名前ですが、返信は別の宛先に届きます。",
        ["reply-to-mismatch.reason.recipients-domain"] = "送信者は同僚のように受信者と同じドメインですが、返信はそのドメインの外に出ます。",
        ["reply-to-mismatch.reason.imitation"] = "返信先のドメインは {imitated} を模倣しています。",
        ["reply-to-mismatch.reason.also-sent"] = "返信先の組織はこのメッセージの送信元（Sender または Return-Path）でもあり、配信サービスによくある形です。",
        ["reply-to-mismatch.reason.nowhere-else"] = "返信先の組織はメッセージの他のどこにも現れません。",
        ["reply-to-mismatch.extras.name-and-return-path"] = "返信先は送信者の表示名をそのまま使っており、Return-Path も送信者の組織の外です。",
        ["reply-to-mismatch.extras.name"] = "返信先は送信者の表示名をそのまま使っています。",
        ["reply-to-mismatch.extras.return-path"] = "Return-Path も送信者の組織の外です。",
        ["reply-to-mismatch.banner.high"] = "このメッセージへの返信は{fromName}ではなく {replyTo} に届きます。対応する前に電話で確認してください。",
        ["reply-to-mismatch.banner.high.short"] = "このメッセージへの返信は送信者ではなく {replyTo} に届きます。対応する前に電話で確認してください。",
        ["reply-to-mismatch.banner"] = "このメッセージへの返信は送信者の組織外の {replyTo} に届きます。返信する前に宛先を確認してください。",

        // internal-domain-spoof
        ["internal-domain-spoof.title"] = "自組織のドメインを名乗る外部からのメール",
        ["internal-domain-spoof.detail"] = "From は自組織のドメイン {domain} ですが、メッセージは組織の外から届き、認証に合格していません（{results}）。{compauth}",
        ["internal-domain-spoof.banner"] = "このメッセージは {domain} を名乗っていますが、組織の外から届きました。送信者に確認するまで対応しないでください。",

        // display-name-impersonation
        ["display-name-impersonation.name.title"] = "差出人が「{name}」を名乗っています",
        ["display-name-impersonation.name.detail"] = "表示名は組織のポリシーで保護された名前「{name}」ですが、実際のアドレスは社外の {address} です。表示名は誰でも自由に設定できます。",
        ["display-name-impersonation.name.detail.free-mail"] = "表示名は組織のポリシーで保護された名前「{name}」ですが、実際のアドレスは社外のフリーメールの {address} です。表示名は誰でも自由に設定できます。",
        ["display-name-impersonation.name.banner"] = "「{name}」を名乗っていますが、送信元は社外の {address} です。対応する前に電話などで本人に確認してください。",
        ["display-name-impersonation.address.title"] = "表示名に別のアドレスが書かれています",
        ["display-name-impersonation.address.detail.same-organization"] = "表示名には {shown} と書かれていますが、実際の送信元は {address} (同じドメインの別のメールボックス)です。表示名のアドレスは名前の一部にすぎず、そこから送られたものではありません。",
        ["display-name-impersonation.address.detail"] = "表示名には {shown} と書かれていますが、実際の送信元は {address} (別の組織)です。表示名のアドレスは名前の一部にすぎず、そこから送られたものではありません。",
        ["display-name-impersonation.address.banner"] = "表示名は {shown} ですが、実際の送信元は {address} です。返信や対応の前に確認してください。",
        ["display-name-impersonation.brand.title"] = "差出人が「{brand}」を名乗っています",
        ["display-name-impersonation.brand.detail"] = "表示名は {owner} の名前「{brand}」ですが、実際のアドレスは誰でも作れるフリーメールの {address} です。表示名は誰でも自由に設定できます。",
        ["display-name-impersonation.brand.banner"] = "「{brand}」を名乗っていますが、送信元は {owner} ではなく {address} です。リンクを開いたり返信したりしないでください。",

        // lookalike-domain
        ["lookalike-domain.title"] = "{domain} は {imitated} に似せたドメインです",
        ["lookalike-domain.detail"] = "{header} のドメイン {shown} は {imitated}{whose} ではありません。{how}本物と見間違えさせるために登録された名前です。",
        ["lookalike-domain.whose.internal"] = "(自社のドメイン)",
        ["lookalike-domain.whose.protected"] = "(保護対象のドメイン)",
        ["lookalike-domain.how.homoglyph"] = "見た目の似た別の文字で綴られています。",
        ["lookalike-domain.how.mixed-script"] = "1つの名前にラテン文字とキリル文字・ギリシャ文字が混在しています。",
        ["lookalike-domain.how.idn-imitation"] = "アクセント付きの文字を使い、差出人名と同じ名前に見せかけています。",
        ["lookalike-domain.how.typo"] = "1文字だけ異なります。",
        ["lookalike-domain.how.transposition"] = "隣り合う2文字が入れ替わっています。",
        ["lookalike-domain.how.swapped-suffix"] = "同じ名前を別の末尾(トップレベルドメイン)で登録したものです。",
        ["lookalike-domain.how.hyphenation"] = "ハイフンを足したり削ったりしています。",
        ["lookalike-domain.how.added-word"] = "名前に単語を付け足しています。",
        ["lookalike-domain.how.embedded-domain"] = "本物の名前を別のドメインの前に付けています。",
        ["lookalike-domain.how.other"] = "よく似ています。",
        ["lookalike-domain.banner.reply-to"] = "返信先 {domain} は {imitated} に似せた別のドメインです。返信する前に別の方法で確認してください。",
        ["lookalike-domain.banner"] = "送信元 {domain} は {imitated} に似せた別のドメインです。返信・リンク・支払いの前に別の方法で確認してください。",

        // auth-failure
        ["auth-failure.title"] = "送信者の認証に失敗",
        ["auth-failure.detail"] = "受信側のメールシステムは、このメッセージが {domain} から送られたことを確認できませんでした（{results}）。{compauth}{policy}",
        ["auth-failure.policy-enforced"] = "ドメイン自身のポリシーは、このようなメールの隔離または拒否を求めています。",
        ["auth-failure.banner.high"] = "このメッセージは {domain} 自身の送信者チェックに失敗しており、偽装の可能性があります。別の方法で送信者に確認してください。",
        ["auth-failure.banner"] = "このメッセージの送信者 {domain} を確認できませんでした。リンクや依頼には注意してください。",

        // provider-verdict
        ["provider-verdict.threat.title"] = "Microsoft 365 が危険と判定",
        ["provider-verdict.threat.detail"] = "Exchange Online Protection はこのメッセージを{threat}と判定しました（CAT:{category}）。{bypass}",
        ["provider-verdict.threat.banner"] = "Microsoft 365 はこのメッセージを{threat}と判定しました。リンクを開いたり返信したりせず、報告してください。",
        ["provider-verdict.threat.spoof"] = "なりすまし（送信者のドメインが偽装されています）",
        ["provider-verdict.threat.phish"] = "フィッシング",
        ["provider-verdict.threat.high-confidence-phish"] = "確度の高いフィッシング",
        ["provider-verdict.threat.user-impersonation"] = "人物へのなりすまし",
        ["provider-verdict.threat.domain-impersonation"] = "ドメインへのなりすまし",
        ["provider-verdict.threat.mailbox-intelligence"] = "メールボックスインテリジェンスが検出したなりすまし",
        ["provider-verdict.threat.malware"] = "マルウェア",
        ["provider-verdict.threat.internal-phish"] = "組織内からのフィッシング",
        ["provider-verdict.spam.title"] = "Microsoft 365 が迷惑メールと判定",
        ["provider-verdict.spam.detail"] = "Exchange Online Protection はこのメッセージを迷惑メールと判定しました。{bypass}",
        ["provider-verdict.spam.banner"] = "Microsoft 365 はこのメッセージを迷惑メールと判定しました。リンクや依頼には注意してください。",
        ["provider-verdict.bypass.title"] = "迷惑メールフィルターが省略されました",
        ["provider-verdict.bypass.detail"] = "外部からのこのメッセージは迷惑メールフィルターを通っていません：{reasons}。",
        ["provider-verdict.bypass.separator"] = "、",
        ["provider-verdict.bypass.skn"] = "メールフロールールが迷惑メールではないと指定しました（SFV:SKN）",
        ["provider-verdict.bypass.ska"] = "迷惑メール対策ポリシーの許可リストが通しました（SFV:SKA）",
        ["provider-verdict.bypass.cal"] = "送信元 IP が接続フィルターの許可リストにあります（IPV:CAL）",
        ["provider-verdict.bypass.scl"] = "迷惑メール信頼度が -1 に設定され、フィルターが省略されました（SCL:-1）",
        ["provider-verdict.bypass.banner"] = "許可ルールにより、このメッセージは Microsoft 365 の迷惑メールフィルターを通っていません。対応する前に送信者を確認してください。",

        // fake-thread
        ["fake-thread.title"] = "存在しない会話への返信",
        ["fake-thread.detail"] = "件名は返信や転送のように「{prefix}」で始まりますが、以前のメッセージへの参照（In-Reply-To や References）がなく、返信は {replyTo} に届きます。",
        ["fake-thread.banner"] = "このメッセージは返信を装っていますが以前の会話はなく、返信は {replyTo} に届きます。返信する前に確認してください。",

        // bec-content
        ["bec-content.title"] = "送金詐欺によく使われる表現",
        ["bec-content.detail"] = "件名または本文に、ビジネスメール詐欺によく使われる表現があります：{cues}。",
        ["bec-content.separator"] = "、",
        ["bec-content.cue.urgency"] = "緊急性",
        ["bec-content.cue.money"] = "お金",
        ["bec-content.cue.secrecy"] = "秘密・連絡不能",
        ["bec-content.cue.gift-card"] = "ギフトカード",
        ["bec-content.cue.bank-change"] = "口座の変更",
        ["bec-content.cue.availability"] = "在席の確認",
        ["bec-content.banner"] = "このメッセージには詐欺によくある急ぎや送金の表現があります。支払いや返信の前に電話で確認してください。",

        // sending-origin
        ["sending-origin.title"] = "送信元",
        ["sending-origin.detail"] = "このメッセージは {where}（{country}）からメールシステムに入りました。",
        ["sending-origin.unknown-country"] = "不明な国",
        ["sending-origin.banner"] = "このメッセージは {where}（{country}）から送信されました。送信者と合っているか確認してください。",

        // unencrypted-hop
        ["unencrypted-hop.title"] = "経路の一部が暗号化されていません",
        ["unencrypted-hop.detail"] = "配送経路の {count} か所で TLS が使われていません（最初は {link}）。その区間ではメッセージと宛先を第三者が読めた可能性があります。",
        ["unencrypted-hop.banner"] = "このメッセージの配送経路の一部は暗号化されていません。返信で機密情報を送らないでください。",

        // duplicate-header
        ["duplicate-header.title"] = "ヘッダーが重複しています",
        ["duplicate-header.evidence"] = "複数回現れます。最初のものを読み取りました",
        ["duplicate-header.detail.identity"] = "1 回だけのはずのヘッダーが複数あります：{names}。メールソフトによって異なる送信者が表示される可能性があります。",
        ["duplicate-header.detail"] = "1 回だけのはずのヘッダーが複数あります：{names}。",
        ["duplicate-header.banner.identity"] = "このメッセージは送信者を複数回記載しており、表示される送信者が異なる可能性があります。対応する前に確認してください。",
        ["duplicate-header.banner"] = "このメッセージには重複したヘッダーがあります。対応する前に詳細を確認してください。",

        // malformed-headers
        ["malformed-headers.title"] = "読み取れないヘッダー",
        ["malformed-headers.detail"] = "ヘッダーに {count} 件の問題があります。一部を正しく読み取れなかったため、他のチェックが不完全な可能性があります。",
        ["malformed-headers.header-block"] = "（ヘッダー全体）",
        ["malformed-headers.from-count"] = "{count} 個のアドレスがあり Sender がありません",
        ["malformed-headers.banner"] = "このメッセージのヘッダーの一部を読み取れなかったため、チェックは不完全です。依頼には注意してください。",

        // payment-change; reply-to-mismatch on platform notifications and list traffic.
        ["payment-change.title"] = "振込先の変更依頼",
        ["payment-change.detail"] = "このメッセージは振込先・口座・支払先の変更を求めています。取引先のメールアカウントを乗っ取った詐欺は、本物のアドレスから本物のやり取りの中でこれを送るため、認証に合格していても安心できません。新しい口座情報は、このメッセージに書かれた番号ではなく、以前から知っている電話番号で確認してください。",
        ["payment-change.banner"] = "このメッセージは振込先の変更を求めています。支払う前に、以前から知っている電話番号で確認してください。",
        ["reply-to-mismatch.reason.notification"] = "送信者は誰かの代わりに通知する認証済みのサービスで、返信先は送信者を名乗っていません。",
        ["reply-to-mismatch.reason.list"] = "メーリングリスト経由のメッセージで、別のリストやプロジェクトへの返信先はよくある形です。",
        // The reply guard: the Send dialog (at most 500 characters) and the compose form's bar (at most 150).
        ["reply-check.reply-to-divergence"] = "この返信は {fromName}（{fromAddress}）ではなく {address} に届きます。元のメッセージは、詐欺でよく使われる手口で、この外部アドレスへの返信を求めていました。送信前に宛先を確認してください。",
        ["reply-check.lookalike-domain"] = "{address} は {imitated}{whose} のアドレスではありません。ドメイン {domain} はそれに似せた別のドメインです。送信前に宛先を確認してください。",
        ["reply-check.name-on-freemail"] = "{address} は {name} の名前を表示していますが、組織のアドレスではなくフリーメールのアドレスです。送信前に宛先を確認してください。",
        ["reply-check.more"] = " 次の宛先も確認してください: {addresses}。",
        ["reply-check.banner.reply-to-divergence"] = "この返信は {fromName} ではなく {address} に届きます。送信前に宛先を確認してください。",
        ["reply-check.banner.reply-to-divergence.short"] = "この返信は送信者ではなく {address} に届きます。送信前に宛先を確認してください。",
        ["reply-check.banner"] = "{address} は見かけどおりの相手ではない可能性があります。送信前に宛先を確認してください。",

        // Relationship: the message against the user's history with the sender.
        ["relationship.language.ja"] = "日本語",
        ["relationship.language.en"] = "英語",
        ["relationship.language.zh"] = "中国語",
        ["relationship.language.ko"] = "韓国語",
        ["relationship.origin.internal"] = "組織内",
        ["relationship.origin.country"] = "{country} のネットワーク",
        ["relationship.established-reply-to"] = "この送信者は {since} 以降の {count} 件のメッセージでこの返信先を使っており、いつもの返信先です。",
        ["relationship.first-contact-banner"] = "このアドレスからの初めてのメッセージです。{banner}",
        ["relationship.first-contact.banner.display-name"] = "{address} からの初めてのメッセージです。知っている名前を表示していますが、その人のアドレスではありません。対応する前に電話で確認してください。",
        ["relationship.first-contact.banner.display-name.short"] = "このアドレスからの初めてのメッセージです。知っている名前を表示していますが、その人のアドレスではありません。対応する前に電話で確認してください。",
        ["relationship.first-contact.banner.lookalike-domain"] = "{address} からの初めてのメッセージです。知っているドメインに似せたドメインです。対応する前に電話で確認してください。",
        ["relationship.first-contact.banner.lookalike-domain.short"] = "このアドレスからの初めてのメッセージです。知っているドメインに似せたドメインです。対応する前に電話で確認してください。",

        // new-reply-to
        ["new-reply-to.title"] = "この送信者が使ったことのない返信先",
        ["new-reply-to.detail"] = "{from} からの過去 {count} 件（{since} 以降）のメッセージは一度も {replyTo} への返信を求めていませんが、このメッセージは送信者の組織外のこのアドレスへの返信を求めています。{reason}",
        ["new-reply-to.detail.sent"] = "あなたは {from} にメールを送ったことがあり、相手のメッセージが {replyTo} への返信を求めたことはありませんが、このメッセージは送信者の組織外のこのアドレスへの返信を求めています。{reason}",
        ["new-reply-to.reason.free-mail"] = "新しい返信先はフリーメールのアドレスです。",
        ["new-reply-to.reason.imitation"] = "新しい返信先のドメインは {imitated} に似せたものです。",
        ["new-reply-to.banner"] = "{fromName}がこれまで {replyTo} への返信を求めたことはありません。返信する前に電話で確認してください。",
        ["new-reply-to.banner.short"] = "{fromName}がこのアドレスへの返信を求めたことはありません。返信する前に電話で確認してください。",
        ["new-reply-to.banner.language"] = "{fromName}がこれまで {replyTo} への返信を求めたことはなく、普段は{language}でやり取りしています。",
        ["new-reply-to.banner.language.short"] = "{fromName}がこのアドレスへの返信を求めたことはなく、普段は{language}でやり取りしています。",

        // unusual-origin
        ["unusual-origin.title"] = "この送信者が使ったことのない送信元",
        ["unusual-origin.detail"] = "{from} からの過去 {count} 件のメッセージはすべて{usualOrigin}から届きましたが、このメッセージは{origin}から届きました。",
        ["unusual-origin.detail.network"] = "{from} からの過去 {count} 件のメッセージはすべて{usualOrigin}から届きましたが、このメッセージは{origin}（{network}）から届きました。",
        ["unusual-origin.banner"] = "{fromName}のメールは常に{usualOrigin}から届いていましたが、このメッセージは{origin}から届きました。本人からか確認してください。",
        ["unusual-origin.banner.short"] = "この送信者のメールは常に{usualOrigin}から届いていましたが、このメッセージは{origin}から届きました。本人からか確認してください。",

        // language-shift
        ["language-shift.title"] = "この送信者が普段使わない言語",
        ["language-shift.detail"] = "{from} からの直近 {count} 件のうち {usualCount} 件は{usualLanguage}でしたが、このメッセージは{language}です。",
        ["language-shift.detail.policy"] = "{from} は組織のアドレスで、組織では{usualLanguage}を使っていますが、このメッセージは組織外から届き、{language}で書かれています。",
        ["language-shift.banner"] = "{fromName}は普段{usualLanguage}でやり取りしていますが、このメッセージは{language}です。本人からか確認してください。",
        ["language-shift.banner.short"] = "この送信者は普段{usualLanguage}でやり取りしていますが、このメッセージは{language}です。本人からか確認してください。",
        ["language-shift.banner.policy"] = "同僚のアドレスからのこのメッセージは組織外から届き、{language}で書かれています。本人からか確認してください。",

        // first-contact
        ["first-contact.title"] = "このアドレスからの初めてのメッセージ",
        ["first-contact.detail"] = "これまで {from} からメールを受け取ったことはなく、このアドレスに送ったこともありません。",
        ["first-contact.banner"] = "{from} からのメールは初めてです。",
        ["first-contact.banner.short"] = "このアドレスからのメールは初めてです。",

        // The banner when no finding wrote one.
        ["analysis.banner.danger"] = "このメッセージには危険な兆候があります。送信者に別の方法で確認してから対応してください。",
        ["analysis.banner.caution"] = "このメッセージには注意が必要な点があります。詳細を確認してください。",

        // The command line's text report.
        ["report.verdict.danger"] = "危険",
        ["report.verdict.caution"] = "注意",
        ["report.verdict.safe"] = "問題なし",
        ["report.findings"] = "検出事項",
        ["report.path"] = "配送経路（古い順）",
        ["report.no-received"] = "（Received ヘッダーなし）",
        ["report.country"] = "国",
        ["report.origin"] = "送信元",
        ["report.no-tls"] = "TLS なし",
        ["report.entered-here"] = "  ← ここで受信",
        ["report.safe"] = "警告すべき点は見つかりませんでした。",
        ["report.history"] = "履歴",
        ["report.history.line"] = "{received}、{sent}、言語 {languages}、送信元 {origins}",
        ["report.history.received"] = "{since} 以降 {count} 件",
        ["report.history.sent"] = "あなたからの送信 {count} 件",
        ["report.history.unread"] = "取得できず",
        ["report.summary"] = "{total} 件: 危険 {danger}、注意 {caution}、問題なし {safe}、読み取れないもの {unreadable}",
        ["report.summary.one"] = "{total} 件: 危険 {danger}、注意 {caution}、問題なし {safe}、読み取れないもの {unreadable}",
    };
}
