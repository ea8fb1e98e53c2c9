/// ส่วนราชการ — an office that issues letters: its number prefix and code, its name as the
/// header prints it, how other letters name it when they cite it, and its address.
struct Office: Sendable {
  enum Role: Sendable {
    /// A ministry department whose circulars (ว) the whole country cites.
    case ministry
    /// A provincial office.
    case province
  }

  var prefix: String
  var code: String
  /// The first line of the office block under ที่ (`ศาลากลางจังหวัดอุตรดิตถ์`).
  var name: String
  /// The office as a citation names it (`จังหวัดอุตรดิตถ์`).
  var citedAs: String
  var address: String
  var role: Role
  /// The head's position, for signatures (`ผู้ว่าราชการจังหวัดอุตรดิตถ์`).
  var head: String
  /// The deputy who signs for the head (`รองผู้ว่าราชการจังหวัด`).
  var deputy: String {
    if head.hasPrefix("อธิบดี") { return "รองอธิบดี" }
    if head.hasPrefix("ผู้ว่าราชการจังหวัด") { return "รองผู้ว่าราชการจังหวัด" }
    if head.hasPrefix("นายแพทย์สาธารณสุขจังหวัด") { return "รองนายแพทย์สาธารณสุขจังหวัด" }
    if head.hasPrefix("ปลัด") { return "รองปลัดกระทรวง" }
    return "รองเลขาธิการ"
  }
  /// Province name, for provincial offices.
  var province: String?
  var domain: String
  var phone: String

  /// The printed number: `มท ๐๘๑๒/ว ๑๕๖๕`, digits as the letter writes them.
  func printed(serial: Int, circular: Bool, thai: Bool, withPrefix: Bool = true) -> String {
    let body = "\(code)/" + (circular ? "ว " : "") + "\(serial)"
    return Digits.styled(withPrefix ? "\(prefix) \(body)" : body, thai: thai)
  }

  /// The canonical number: `มท 0812/ว 1565`.
  func canonical(serial: Int, circular: Bool) -> String {
    "\(prefix) \(code)/" + (circular ? "ว " : "") + "\(serial)"
  }
}

/// ทะเบียนส่วนราชการ — the offices of a generated corpus: ministry departments first (their
/// circulars are the hubs of the citation network), then three offices in every province.
enum OfficeRegistry {
  static let ministries: [Office] = [
    ministry("มท", "0812", "กรมส่งเสริมการปกครองท้องถิ่น", "ถนนนครราชสีมา เขตดุสิต กทม. 10300", "dla.go.th"),
    ministry("มท", "0810.7", "กรมส่งเสริมการปกครองท้องถิ่น", "ถนนนครราชสีมา เขตดุสิต กทม. 10300", "dla.go.th"),
    ministry("มท", "0310.1", "กรมการปกครอง", "ถนนอัษฎางค์ เขตพระนคร กทม. 10200", "dopa.go.th"),
    ministry("กค", "0402.2", "กรมบัญชีกลาง", "ถนนพระรามที่ 6 เขตพญาไท กทม. 10400", "cgd.go.th"),
    ministry("กค", "0405.3", "กรมบัญชีกลาง", "ถนนพระรามที่ 6 เขตพญาไท กทม. 10400", "cgd.go.th"),
    ministry("นร", "1012", "สำนักงาน ก.พ.", "ถนนติวานนท์ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000", "ocsc.go.th"),
    ministry("นร", "0505", "สำนักเลขาธิการคณะรัฐมนตรี", "ทำเนียบรัฐบาล กทม. 10300", "soc.go.th"),
    ministry("ศธ", "04009", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "ถนนราชดำเนินนอก กทม. 10300", "obec.go.th"),
    ministry(
      "สธ", "0211.4", "สำนักงานปลัดกระทรวงสาธารณสุข", "ถนนติวานนท์ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000",
      "moph.go.th"),
    ministry("กษ", "1007", "กรมส่งเสริมการเกษตร", "ถนนพหลโยธิน เขตจตุจักร กทม. 10900", "doae.go.th"),
    ministry("พณ", "0407", "กรมการค้าภายใน", "ถนนนนทบุรี อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000", "dit.go.th"),
    ministry("รง", "0511", "กรมพัฒนาฝีมือแรงงาน", "ถนนมิตรไมตรี เขตดินแดง กทม. 10400", "dsd.go.th"),
    ministry("คค", "0408.5", "กรมการขนส่งทางบก", "ถนนพหลโยธิน เขตจตุจักร กทม. 10900", "dlt.go.th"),
    ministry("ทส", "0903", "กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช", "ถนนพหลโยธิน เขตจตุจักร กทม. 10900", "dnp.go.th"),
    ministry("อว", "0203", "สำนักงานปลัดกระทรวงการอุดมศึกษา", "ถนนศรีอยุธยา เขตราชเทวี กทม. 10400", "mhesi.go.th"),
  ]

  /// Offices whose letters are cited but never in the corpus: citations to them stay unresolved.
  static let absent: [Office] = [
    ministry("นร", "0107", "สำนักงานปลัดสำนักนายกรัฐมนตรี", "ทำเนียบรัฐบาล กทม. 10300", "opm.go.th"),
    ministry("กษ", "0201", "สำนักงานปลัดกระทรวงเกษตรและสหกรณ์", "ถนนราชดำเนินนอก กทม. 10200", "moac.go.th"),
    ministry("มท", "0502.2", "กรมป้องกันและบรรเทาสาธารณภัย", "ถนนอู่ทองใน เขตดุสิต กทม. 10300", "disaster.go.th"),
    ministry("สธ", "0228", "กรมสนับสนุนบริการสุขภาพ", "ถนนติวานนท์ จังหวัดนนทบุรี 11000", "hss.go.th"),
    ministry("พณ", "0203", "สำนักงานปลัดกระทรวงพาณิชย์", "ถนนนนทบุรี จังหวัดนนทบุรี 11000", "moc.go.th"),
  ]

  /// The 76 provinces with their letter prefixes (the parser's own table is not read, so
  /// the corpus is an independent check of it).
  static let provinces: [(String, String)] = [
    ("กระบี่", "กบ"), ("กาญจนบุรี", "กจ"), ("กาฬสินธุ์", "กส"), ("กำแพงเพชร", "กพ"), ("ขอนแก่น", "ขก"),
    ("จันทบุรี", "จบ"), ("ฉะเชิงเทรา", "ฉช"), ("ชลบุรี", "ชบ"), ("ชัยนาท", "ชน"), ("ชัยภูมิ", "ชย"),
    ("ชุมพร", "ชพ"), ("เชียงราย", "ชร"), ("เชียงใหม่", "ชม"), ("ตรัง", "ตง"), ("ตราด", "ตร"), ("ตาก", "ตก"),
    ("นครนายก", "นย"), ("นครปฐม", "นฐ"), ("นครพนม", "นพ"), ("นครราชสีมา", "นม"), ("นครศรีธรรมราช", "นศ"),
    ("นครสวรรค์", "นว"), ("นนทบุรี", "นบ"), ("นราธิวาส", "นธ"), ("น่าน", "นน"), ("บึงกาฬ", "บก"),
    ("บุรีรัมย์", "บร"), ("ปทุมธานี", "ปท"), ("ประจวบคีรีขันธ์", "ปข"), ("ปราจีนบุรี", "ปจ"), ("ปัตตานี", "ปน"),
    ("พระนครศรีอยุธยา", "อย"), ("พะเยา", "พย"), ("พังงา", "พง"), ("พัทลุง", "พท"), ("พิจิตร", "พจ"),
    ("พิษณุโลก", "พล"), ("เพชรบุรี", "พบ"), ("เพชรบูรณ์", "พช"), ("แพร่", "พร"), ("ภูเก็ต", "ภก"),
    ("มหาสารคาม", "มค"), ("มุกดาหาร", "มห"), ("แม่ฮ่องสอน", "มส"), ("ยโสธร", "ยส"), ("ยะลา", "ยล"),
    ("ร้อยเอ็ด", "รอ"), ("ระนอง", "รน"), ("ระยอง", "รย"), ("ราชบุรี", "รบ"), ("ลพบุรี", "ลบ"), ("ลำปาง", "ลป"),
    ("ลำพูน", "ลพ"), ("เลย", "ลย"), ("ศรีสะเกษ", "ศก"), ("สกลนคร", "สน"), ("สงขลา", "สข"), ("สตูล", "สต"),
    ("สมุทรปราการ", "สป"), ("สมุทรสงคราม", "สส"), ("สมุทรสาคร", "สค"), ("สระแก้ว", "สก"), ("สระบุรี", "สบ"),
    ("สิงห์บุรี", "สห"), ("สุโขทัย", "สท"), ("สุพรรณบุรี", "สพ"), ("สุราษฎร์ธานี", "สฎ"), ("สุรินทร์", "สร"),
    ("หนองคาย", "นค"), ("หนองบัวลำภู", "นภ"), ("อ่างทอง", "อท"), ("อำนาจเจริญ", "อจ"), ("อุดรธานี", "อด"),
    ("อุตรดิตถ์", "อต"), ("อุทัยธานี", "อน"), ("อุบลราชธานี", "อบ"),
  ]

  static let roads = ["ถนนประชานิมิตร", "ถนนศาลากลาง", "ถนนราชดำเนิน", "ถนนสุขาภิบาล", "ถนนเทศบาล", "ถนนหน้าเมือง"]

  /// Every issuing office: ministries first, then for each province its provincial hall
  /// (0017.x), local administration office (0023.x) and public health office (0032.x).
  static let all: [Office] = {
    var offices = ministries
    for (p, (province, prefix)) in provinces.enumerated() {
      let postcode = "\(10000 + (p * 1237) % 89000)"
      let road = roads[p % roads.count]
      offices.append(
        Office(
          prefix: prefix, code: "0017.\(p % 5 + 1)", name: "ศาลากลางจังหวัด\(province)", citedAs: "จังหวัด\(province)",
          address: "\(road) \(prefix) \(postcode)", role: .province, head: "ผู้ว่าราชการจังหวัด\(province)",
          province: province, domain: "province\(p).go.th", phone: phone(p, 1)))
      offices.append(
        Office(
          prefix: prefix, code: "0023.\(p % 6 + 1)", name: "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด\(province)",
          citedAs: "จังหวัด\(province)", address: "ศาลากลางจังหวัด\(province) \(road) \(prefix) \(postcode)",
          role: .province, head: "ผู้ว่าราชการจังหวัด\(province)", province: province,
          domain: "local\(p).dla.go.th", phone: phone(p, 2)))
      offices.append(
        Office(
          prefix: prefix, code: "0032.\(p % 4 + 1)", name: "สำนักงานสาธารณสุขจังหวัด\(province)",
          citedAs: "สำนักงานสาธารณสุขจังหวัด\(province)", address: "\(road) อำเภอเมือง\(province) \(prefix) \(postcode)",
          role: .province, head: "นายแพทย์สาธารณสุขจังหวัด\(province)", province: province,
          domain: "ssj\(p).moph.go.th", phone: phone(p, 3)))
    }
    return offices
  }()

  static func phone(_ p: Int, _ k: Int) -> String {
    let area = 32 + (p % 45)
    return "0 \(area)\(10 + (p * 7 + k) % 89) \(1000 + (p * 131 + k * 17) % 8999)"
  }

  /// อธิบดีกรม… / ปลัดกระทรวง… / เลขาธิการ…
  static func head(of name: String) -> String {
    if name.hasPrefix("กรม") { return "อธิบดี" + name }
    if name.hasPrefix("สำนักงานปลัด") { return String(name.dropFirst("สำนักงาน".count)) }
    if name.hasPrefix("สำนักเลขาธิการ") { return "เลขาธิการ" + name.dropFirst("สำนักเลขาธิการ".count) }
    return "เลขาธิการ" + name.dropFirst("สำนักงาน".count).trimmingPrefixSpace()
  }

  static func ministry(_ prefix: String, _ code: String, _ name: String, _ address: String, _ domain: String)
    -> Office
  {
    Office(
      prefix: prefix, code: code, name: name, citedAs: name, address: address, role: .ministry,
      head: head(of: name), province: nil, domain: domain,
      phone: "0 2\(241 + code.count) \(9000 + code.utf8.reduce(0) { $0 + Int($1) } % 999)")
  }
}

extension Substring {
  fileprivate func trimmingPrefixSpace() -> String { String(drop(while: { $0 == " " })) }
}
