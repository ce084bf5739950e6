(* Enumerations are ordinal types: FIRST, LAST, ORD and VAL move between values and ordinals,
   and values are written qualified by their type. *)
MODULE Enumerations EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Day = {Mon, Tue, Wed, Thu, Fri, Sat, Sun};
  Weekday = [Day.Mon .. Day.Fri];

CONST Names = ARRAY Day OF TEXT{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

VAR today: Day := Day.Wed;

PROCEDURE Next (d: Day): Day =
  BEGIN
    IF d = LAST(Day) THEN RETURN FIRST(Day) END;
    RETURN VAL(ORD(d) + 1, Day);
  END Next;

VAR work: Weekday := Day.Tue;

BEGIN
  today := Next(today);
  work := today;  (* a range check: today must be a weekday *)
  IO.Put(Names[work] & Fmt.Int(ORD(LAST(Weekday))) & Fmt.Int(NUMBER(Day)) & "\n");
END Enumerations.
