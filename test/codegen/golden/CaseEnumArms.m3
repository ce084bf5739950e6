(* CASE on an enumeration with ranges of values in one arm. *)
MODULE CaseEnumArms EXPORTS Main;
IMPORT IO;
TYPE Month = {Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec};
PROCEDURE Season (m: Month): TEXT =
  BEGIN
    CASE m OF
    | Month.Dec, Month.Jan .. Month.Feb => RETURN "winter"
    | Month.Mar .. Month.May => RETURN "spring"
    | Month.Jun .. Month.Aug => RETURN "summer"
    | Month.Sep .. Month.Nov => RETURN "autumn"
    END
  END Season;
BEGIN
  IO.Put(Season(Month.Jan) & " " & Season(Month.Apr) & " " & Season(Month.Aug) & " " & Season(Month.Nov) & " " & Season(Month.Dec) & "\n")
END CaseEnumArms.
