// Every text the taskpane shows, in English and Japanese. Analysis texts (titles, details, the banner
// sentence) come from the API in the same language.

const en = {
  appName: "OutlookGuard",
  loading: "Checking this message…",
  noItem: "Select a message to check it.",
  noItemHint: "OutlookGuard checks the message you open or select while the pane is pinned.",
  verdictLabel: "Verdict",
  verdict: { danger: "Danger", caution: "Caution", safe: "No warning signs" },
  safeSentence: "OutlookGuard found no signs of spoofing or redirected replies in this message.",
  findingsHeading: "What OutlookGuard found",
  noFindings: "No findings.",
  severity: { high: "High", medium: "Medium", low: "Low", info: "Info" },
  showEvidence: (n) => `Show evidence (${n})`,
  hideEvidence: "Hide evidence",
  evidenceHeader: "Header",
  evidenceValue: "Value",
  pathHeading: "Sending path",
  pathIntro: "Servers the message passed through, from the sender to your mailbox.",
  pathEmpty: "The message has no Received headers to show.",
  origin: "Entered from",
  originUnknown: "unknown",
  hop: (n) => `Hop ${n}`,
  tlsYes: "Encrypted (TLS)",
  tlsNo: "Not encrypted",
  delay: "Delay",
  viaHeaders: "Checked from the message headers Outlook provided (mailbox access through Microsoft Graph was unavailable).",
  retry: "Try again",
  error: {
    title: "OutlookGuard could not check this message",
    notInOutlook: "Open this pane from Outlook: it needs a message and your Outlook sign-in.",
    notConfigured: "OutlookGuard is not configured on this server (no application id). Tell your administrator.",
    signIn: "Your sign-in could not be confirmed. Select Try again; if Outlook asks you to sign in, do so.",
    consent: "Your organization has not yet allowed OutlookGuard to read mail. Tell your administrator to grant admin consent.",
    notFound: "This message is no longer in your mailbox. Reopen it, then select Try again.",
    unavailable: "The service is busy or unreachable. Wait a minute, then select Try again.",
    network: "OutlookGuard could not be reached. Check your connection, then select Try again.",
    headers: "Outlook could not give the message headers. Reopen the message, then select Try again.",
    generic: "Something went wrong. Select Try again; if it keeps failing, tell your administrator.",
  },
};

const ja = {
  appName: "OutlookGuard",
  loading: "このメッセージを確認しています…",
  noItem: "確認するメッセージを選択してください。",
  noItemHint: "ウィンドウをピン留めしている間、開いたメッセージや選択したメッセージを OutlookGuard が確認します。",
  verdictLabel: "判定",
  verdict: { danger: "危険", caution: "注意", safe: "警告なし" },
  safeSentence: "このメッセージには、なりすましや返信先の付け替えの兆候は見つかりませんでした。",
  findingsHeading: "OutlookGuard が見つけたこと",
  noFindings: "検出事項はありません。",
  severity: { high: "高", medium: "中", low: "低", info: "情報" },
  showEvidence: (n) => `根拠を表示 (${n})`,
  hideEvidence: "根拠を隠す",
  evidenceHeader: "ヘッダー",
  evidenceValue: "値",
  pathHeading: "配送経路",
  pathIntro: "送信者からあなたのメールボックスまで、メッセージが通ったサーバーです。",
  pathEmpty: "表示できる Received ヘッダーがありません。",
  origin: "送信元",
  originUnknown: "不明",
  hop: (n) => `経由 ${n}`,
  tlsYes: "暗号化あり (TLS)",
  tlsNo: "暗号化なし",
  delay: "遅延",
  viaHeaders: "Outlook から取得したメッセージヘッダーで確認しました (Microsoft Graph 経由のメールボックス参照は利用できませんでした)。",
  retry: "再試行",
  error: {
    title: "このメッセージを確認できませんでした",
    notInOutlook: "このウィンドウは Outlook から開いてください。メッセージと Outlook のサインインが必要です。",
    notConfigured: "このサーバーでは OutlookGuard が構成されていません (アプリケーション ID がありません)。管理者に連絡してください。",
    signIn: "サインインを確認できませんでした。「再試行」を選択し、サインインを求められたらサインインしてください。",
    consent: "組織で OutlookGuard によるメールの読み取りがまだ許可されていません。管理者に管理者の同意を依頼してください。",
    notFound: "このメッセージはメールボックスにありません。メッセージを開き直してから「再試行」を選択してください。",
    unavailable: "サービスが混雑しているか、接続できません。1 分ほど待ってから「再試行」を選択してください。",
    network: "OutlookGuard に接続できませんでした。接続を確認してから「再試行」を選択してください。",
    headers: "Outlook からメッセージヘッダーを取得できませんでした。メッセージを開き直してから「再試行」を選択してください。",
    generic: "問題が発生しました。「再試行」を選択してください。解決しない場合は管理者に連絡してください。",
  },
};

/** Picks Japanese for any ja* display language (ja-JP, ja), English otherwise. */
export function languageFor(displayLanguage) {
  return typeof displayLanguage === "string" && displayLanguage.toLowerCase().startsWith("ja") ? "ja" : "en";
}

/** The strings of one language ("en" or "ja"). */
export function stringsFor(language) {
  return language === "ja" ? ja : en;
}
