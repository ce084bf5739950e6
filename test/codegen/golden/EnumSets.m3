(* Sets of an enumeration, built from variables, tested with IN and compared. *)
MODULE EnumSets EXPORTS Main;
IMPORT IO, Fmt;
TYPE Day = {Mon, Tue, Wed, Thu, Fri, Sat, Sun}; Days = SET OF Day;
CONST Weekend = Days{Day.Sat, Day.Sun};
VAR work := Days{Day.Mon .. Day.Fri}; today := Day.Wed;
BEGIN
  IO.Put(Fmt.Bool(today IN work) & " " & Fmt.Bool(today IN Weekend) & " " & Fmt.Bool(work + Weekend = Days{FIRST(Day) .. LAST(Day)}) & "\n");
  work := work - Days{today};
  FOR d := FIRST(Day) TO LAST(Day) DO IF d IN work THEN IO.Put(Fmt.Int(ORD(d))) END END;
  IO.Put(" " & Fmt.Bool(Weekend < Days{Day.Fri .. Day.Sun}) & " " & Fmt.Bool(Weekend * work = Days{}) & "\n")
END EnumSets.
