import SeededRandom

/// ผู้ร่างหนังสือ — writes one planned letter as OCR'd text would hold it, with the record
/// the parser should make of it. Each kind follows ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ
/// and the shapes of the letters in Corpus/.
///
/// The text is a list of lines; ``pageBreak`` marks a place between body paragraphs where a
/// page may end (the noise step puts page furniture there, or drops the mark).
struct LetterComposer {
  static let pageBreak = "\u{0C}"

  let plan: LetterPlan
  let network: CitationNetwork

  init(plan: LetterPlan) {
    self.plan = plan
    network = CitationNetwork(plan: plan)
  }

  /// The subject of letter `j` (recomputable: an annex prints its parent's).
  func subject(_ j: Int) -> String {
    var r = SplitMix64(seed: plan.seed, index: j, stream: 4)
    let e = plan.entry(j)
    let topic = r.pick(CorpusVocabulary.topics)
    let values = [
      "t": topic, "y": Digits.styled("\(e.date.beYear)", thai: e.thaiDigits),
      "q": Digits.styled("\(1 + r.below(4))", thai: e.thaiDigits), "p": r.pick(CorpusVocabulary.positions),
    ]
    let forms: [String]
    switch e.kind {
    case .order: forms = CorpusVocabulary.orderSubjects
    case .announcement: forms = CorpusVocabulary.announcementSubjects
    default: forms = CorpusVocabulary.subjectForms
    }
    return CorpusVocabulary.fill(r.pick(forms), values)
  }

  func topic(_ j: Int) -> String {
    var r = SplitMix64(seed: plan.seed, index: j, stream: 4)
    return r.pick(CorpusVocabulary.topics)
  }

  /// The letter's lines and its truth (file and id are filled by the writer).
  func compose(_ j: Int) -> (lines: [String], truth: TruthRecord) {
    let e = plan.entry(j)
    var r = SplitMix64(seed: plan.seed, index: j, stream: 5)
    var truth = TruthRecord(file: "", segment: 0, id: e.id, kind: e.kind.rawValue)
    truth.number = e.canonical
    switch e.kind {
    case .external: return (external(e, &r, &truth), truth)
    case .memo: return (memo(e, &r, &truth), truth)
    case .stamped: return (stamped(e, &r, &truth), truth)
    case .order: return (order(e, &r, &truth), truth)
    case .announcement: return (announcement(e, &r, &truth), truth)
    case .annex: return (annex(e, &r, &truth), truth)
    }
  }

  // MARK: kinds

  func external(_ e: LetterPlan.Entry, _ r: inout SplitMix64, _ truth: inout TruthRecord) -> [String] {
    let t = e.thaiDigits
    var lines: [String] = []
    header(e, &r, &truth, &lines)
    lines += ["ที่ " + (e.printedNumber ?? ""), "", e.office.name, Digits.styled(e.office.address, thai: t), ""]
    lines += [e.date.thai(thaiDigits: t), ""]
    let subject = subject(e.index)
    let to = addressee(e, &r)
    lines += ["เรื่อง " + subject, "", "เรียน " + to, ""]
    truth.subject = subject
    truth.to = to
    truth.issuer = e.office.name
    truth.iso = e.date.iso
    truth.beYear = e.date.beYear
    // อ้างถึง
    let referenceCount = r.chance(0.55) ? (r.chance(0.75) ? 1 : 2) : 0
    for k in 0..<referenceCount {
      let cited = network.pick(for: e.index, &r)
      let text = citationText(cited, citing: e, &r)
      if referenceCount == 1 {
        lines.append("อ้างถึง " + text)
      } else {
        lines.append((k == 0 ? "อ้างถึง " : "        ") + Digits.styled("\(k + 1). ", thai: t) + text)
      }
      truth.references.append(cite(cited))
    }
    if referenceCount > 0 { lines.append("") }
    // สิ่งที่ส่งมาด้วย
    let followedByAnnex = e.index + 1 < plan.count && plan.kind(e.index + 1) == .annex
    var itemCount = r.chance(0.5) ? 1 + r.below(3) : 0
    if followedByAnnex { itemCount = max(itemCount, 1) }
    for k in 0..<itemCount {
      var text: String
      var cited: CitationNetwork.Cited?
      if r.chance(0.35) {
        let c = network.pick(for: e.index, &r)
        text = "สำเนา" + citationText(c, citing: e, &r)
        cited = c
      } else {
        text = r.pick(CorpusVocabulary.enclosureTitles) + topic(e.index)
      }
      text += " จำนวน " + Digits.styled(r.pick(CorpusVocabulary.quantities), thai: t)
      if itemCount == 1 {
        lines.append("สิ่งที่ส่งมาด้วย " + text)
      } else {
        lines.append((k == 0 ? "สิ่งที่ส่งมาด้วย " : "                ") + Digits.styled("\(k + 1). ", thai: t) + text)
      }
      truth.enclosures.append(cited.map(cite))
    }
    if itemCount > 0 { lines.append("") }
    body(e, &r, &truth, &lines, opening: referenceCount > 0)
    lines += [r.pick(CorpusVocabulary.closings), "", "ขอแสดงความนับถือ", "", "", ""]
    signature(e, &r, &truth, &lines)
    contact(e, &r, &lines)
    return lines
  }

  func memo(_ e: LetterPlan.Entry, _ r: inout SplitMix64, _ truth: inout TruthRecord) -> [String] {
    let t = e.thaiDigits
    let unit = r.pick(CorpusVocabulary.units)
    let dotted = r.chance(0.3)
    let dots = dotted ? "....." : " "
    let phone = Digits.styled("โทร. " + e.office.phone, thai: t)
    let date = e.date.thai(abbreviated: r.chance(0.4), thaiDigits: t)
    let subject = subject(e.index)
    let to = e.office.head
    var lines = [r.chance(0.6) ? "# บันทึกข้อความ" : "บันทึกข้อความ", ""]
    lines.append("ส่วนราชการ" + dots + e.office.name + " " + unit + " " + phone + (dotted ? "..........." : ""))
    if r.chance(0.5) {
      lines.append("ที่" + dots + (e.printedNumber ?? "") + (dotted ? "..................วันที่....." : " วันที่ ") + date)
    } else {
      lines += ["ที่ " + (e.printedNumber ?? ""), "วันที่ " + date]
    }
    lines += ["เรื่อง" + dots + subject + (dotted ? "......" : ""), "", "เรียน " + to, ""]
    truth.issuer = e.office.name + " " + unit
    truth.subject = subject
    truth.to = to
    truth.iso = e.date.iso
    truth.beYear = e.date.beYear
    body(e, &r, &truth, &lines, opening: false)
    lines += [r.pick(CorpusVocabulary.memoClosings), "", "", ""]
    signature(e, &r, &truth, &lines)
    return lines
  }

  func stamped(_ e: LetterPlan.Entry, _ r: inout SplitMix64, _ truth: inout TruthRecord) -> [String] {
    let to = addressee(e, &r)
    var lines = ["ที่ " + (e.printedNumber ?? ""), "", "", "ถึง " + to, ""]
    truth.to = to
    body(e, &r, &truth, &lines, opening: false)
    lines += ["", e.office.citedAs, "", e.date.thai(thaiDigits: e.thaiDigits), ""]
    truth.issuer = e.office.citedAs
    truth.iso = e.date.iso
    truth.beYear = e.date.beYear
    contact(e, &r, &lines)
    return lines
  }

  func order(_ e: LetterPlan.Entry, _ r: inout SplitMix64, _ truth: inout TruthRecord) -> [String] {
    let subject = subject(e.index)
    var lines = ["# คำสั่ง" + e.office.citedAs, "", "ที่ " + (e.printedNumber ?? ""), "", "เรื่อง " + subject, ""]
    lines += [String(repeating: "-", count: 47), ""]
    truth.subject = subject
    truth.issuer = e.office.citedAs
    truth.iso = e.date.iso
    truth.beYear = e.date.beYear
    body(e, &r, &truth, &lines, opening: false)
    lines += ["ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", ""]
    lines += [Digits.styled("สั่ง ณ วันที่ ", thai: false) + withEra(e), "", "", ""]
    signature(e, &r, &truth, &lines)
    return lines
  }

  func announcement(_ e: LetterPlan.Entry, _ r: inout SplitMix64, _ truth: inout TruthRecord) -> [String] {
    let subject = subject(e.index)
    var lines = ["# ประกาศ" + e.office.citedAs, "", "เรื่อง " + subject, ""]
    lines += [String(repeating: "-", count: 47), ""]
    truth.subject = subject
    truth.issuer = e.office.citedAs
    truth.iso = e.date.iso
    truth.beYear = e.date.beYear
    body(e, &r, &truth, &lines, opening: false, mentions: false)
    lines += ["ประกาศ ณ วันที่ " + withEra(e), "", "", ""]
    signature(e, &r, &truth, &lines)
    return lines
  }

  func annex(_ e: LetterPlan.Entry, _ r: inout SplitMix64, _ truth: inout TruthRecord) -> [String] {
    let parent = plan.entry(e.index - 1)
    let t = parent.thaiDigits
    let cited = CitationNetwork.Cited(
      office: parent.office, serial: parent.serial ?? 0, circular: parent.circular, date: parent.date,
      target: parent.id)
    let title = "กำหนดการประชุมชี้แจง" + topic(e.index - 1)
    var lines = [
      "เอกสารแนบท้ายหนังสือ" + parent.office.citedAs + " ที่ " + (parent.printedNumber ?? "") + " ลงวันที่ "
        + parent.date.thai(thaiDigits: t),
      "เรื่อง " + title, "",
    ]
    truth.subject = title
    truth.mentions = [cite(cited)]
    let day = parent.date.adding(days: 14 + r.below(20))
    lines += [
      "วัน" + CivilDate.weekdayNames[day.weekday] + "ที่ " + day.thai(thaiDigits: t), "ณ ห้องประชุม" + parent.office.name,
      "",
    ]
    lines.append("เวลา\tหัวข้อ\tผู้บรรยาย")
    let slots = ["08.30 - 09.00 น.", "09.00 - 10.30 น.", "10.45 - 12.00 น.", "13.00 - 16.00 น."]
    let items = ["ลงทะเบียน", "ชี้แจงนโยบายและแนวทาง", "การบันทึกข้อมูลในระบบ", "ซักถามและแลกเปลี่ยนความคิดเห็น"]
    for (slot, item) in zip(slots, items) {
      lines.append(Digits.styled(slot, thai: t) + "\t" + item + "\t" + r.pick(CorpusVocabulary.units))
    }
    lines += ["", "หมายเหตุ กำหนดการอาจเปลี่ยนแปลงได้ตามความเหมาะสม"]
    return lines
  }

  // MARK: parts

  /// Urgency and secrecy marks above ที่.
  func header(_ e: LetterPlan.Entry, _ r: inout SplitMix64, _ truth: inout TruthRecord, _ lines: inout [String]) {
    let heading = r.chance(0.5) ? "# " : ""
    if r.chance(0.03) {
      let (word, value) = r.pick([("ลับ", "confidential"), ("ลับมาก", "secret")])
      lines += [heading + word, ""]
      truth.secrecy = value
    }
    if r.chance(0.3) {
      let (word, value) = r.pick([("ด่วน", "urgent"), ("ด่วนมาก", "very_urgent"), ("ด่วนที่สุด", "most_urgent")])
      lines += [heading + word, ""]
      truth.urgency = value
    }
  }

  func addressee(_ e: LetterPlan.Entry, _ r: inout SplitMix64) -> String {
    if e.office.role == .ministry { return r.pick(CorpusVocabulary.ministryAddressees) }
    return CorpusVocabulary.fill(r.pick(CorpusVocabulary.provinceAddressees), ["p": e.office.province ?? ""])
  }

  /// `หนังสือกรม… ด่วนมาก ที่ มท ๐๘๑๒/ว ๒๗๑ ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๔`, in the citing letter's digits.
  func citationText(_ c: CitationNetwork.Cited, citing e: LetterPlan.Entry, _ r: inout SplitMix64) -> String {
    let t = e.thaiDigits
    let urgency = r.chance(0.15) ? " " + r.pick(["ด่วน", "ด่วนมาก", "ด่วนที่สุด"]) : ""
    // A province often cites its own letters without the prefix.
    let bare = c.office.role == .province && c.office.province == e.office.province && r.chance(0.5)
    let number = c.office.printed(serial: c.serial, circular: c.circular, thai: t, withPrefix: !bare)
    return "หนังสือ" + c.office.citedAs + urgency + " ที่ " + number + " ลงวันที่ " + c.date.thai(thaiDigits: t)
  }

  func cite(_ c: CitationNetwork.Cited) -> TruthRecord.Cite {
    TruthRecord.Cite(number: c.canonical, iso: c.date.iso, target: c.target)
  }

  /// Two to four paragraphs; now and then one cites a letter (ตามหนังสือ … ที่ … ลงวันที่ …).
  func body(
    _ e: LetterPlan.Entry, _ r: inout SplitMix64, _ truth: inout TruthRecord, _ lines: inout [String],
    opening: Bool, mentions: Bool = true
  ) {
    let t = e.thaiDigits
    let topic = topic(e.index)
    let meeting = e.date.adding(days: 7 + r.below(21))
    let values = [
      "i": e.office.citedAs, "t": topic, "w": CivilDate.weekdayNames[meeting.weekday],
      "d": meeting.thai(thaiDigits: t),
    ]
    var paragraphs: [String] = []
    if opening {
      paragraphs.append("ตามหนังสือที่อ้างถึง ได้แจ้งแนวทางการดำเนินงาน" + topic + " ความละเอียดแจ้งแล้ว นั้น")
    } else if mentions && r.chance(0.3) {
      let c = network.pick(for: e.index, &r)
      paragraphs.append("ตาม" + citationText(c, citing: e, &r) + " ได้แจ้งแนวทางการดำเนินงาน" + topic + " นั้น")
      truth.mentions.append(cite(c))
    } else {
      paragraphs.append(CorpusVocabulary.fill(r.pick(CorpusVocabulary.openings), values))
    }
    for _ in 0..<(1 + r.below(3)) {
      paragraphs.append(CorpusVocabulary.fill(r.pick(CorpusVocabulary.middles), values))
    }
    for (k, p) in paragraphs.enumerated() {
      if k > 0 { lines.append(Self.pageBreak) }
      lines += [p, ""]
    }
  }

  func personName(_ r: inout SplitMix64) -> String {
    let male = r.chance(0.5)
    let title = male ? "นาย" : r.pick(["นาง", "นางสาว"])
    let first = r.pick(male ? CorpusVocabulary.maleNames : CorpusVocabulary.femaleNames)
    return title + first + " " + r.pick(CorpusVocabulary.lastNames)
  }

  func signature(_ e: LetterPlan.Entry, _ r: inout SplitMix64, _ truth: inout TruthRecord, _ lines: inout [String]) {
    let name = personName(&r)
    truth.signer = name
    lines.append("(" + name + ")")
    if r.chance(0.5) {
      lines += [e.office.deputy + " " + r.pick(["ปฏิบัติราชการแทน", "รักษาราชการแทน"]), e.office.head]
    } else {
      lines.append(e.office.head)
    }
    lines.append("")
  }

  func contact(_ e: LetterPlan.Entry, _ r: inout SplitMix64, _ lines: inout [String]) {
    let t = e.thaiDigits
    lines.append(r.pick(CorpusVocabulary.units))
    lines.append(Digits.styled("โทร. " + e.office.phone + (r.chance(0.5) ? " ต่อ \(100 + r.below(900))" : ""), thai: t))
    if r.chance(0.5) { lines.append(Digits.styled("โทรสาร " + e.office.phone, thai: t)) }
    lines.append("ไปรษณีย์อิเล็กทรอนิกส์ saraban@" + e.office.domain)
  }

  /// `๘ มกราคม พ.ศ. ๒๕๖๗`, as orders and announcements date themselves.
  func withEra(_ e: LetterPlan.Entry) -> String {
    let d = e.date
    return Digits.styled("\(d.day) \(CivilDate.monthNames[d.month - 1]) พ.ศ. \(d.beYear)", thai: e.thaiDigits)
  }
}
