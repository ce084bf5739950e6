(* FIRST, LAST and NUMBER of an enumeration and of its subrange; ORD counts from 0. *)
MODULE EnumFirstLast EXPORTS Main;
IMPORT IO, Fmt;
TYPE Day = {Mon, Tue, Wed, Thu, Fri, Sat, Sun}; Weekend = [Day.Sat .. Day.Sun];
BEGIN
  IO.Put(Fmt.Int(ORD(FIRST(Day))) & " " & Fmt.Int(ORD(LAST(Day))) & " " & Fmt.Int(NUMBER(Day)) & "\n");
  IO.Put(Fmt.Int(ORD(FIRST(Weekend))) & " " & Fmt.Int(ORD(LAST(Weekend))) & " " & Fmt.Int(NUMBER(Weekend)) & "\n");
  IO.Put(Fmt.Bool(FIRST(Weekend) = Day.Sat) & "\n")
END EnumFirstLast.
