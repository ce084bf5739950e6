(* Counting word frequencies with a TextRefTbl whose values are REF INTEGER counters. *)
MODULE TextRefTblCount EXPORTS Main;
IMPORT IO, Fmt, TextRefTbl;
VAR
  words := ARRAY [0 .. 6] OF TEXT{"to", "be", "or", "not", "to", "be", "to"};
  counts := NEW(TextRefTbl.Default).init();
  v: REFANY;
  c: REF INTEGER;
BEGIN
  FOR i := FIRST(words) TO LAST(words) DO
    IF counts.get(words[i], v) THEN
      INC(NARROW(v, REF INTEGER)^)
    ELSE
      c := NEW(REF INTEGER); c^ := 1;
      EVAL counts.put(words[i], c)
    END
  END;
  FOR i := 0 TO 3 DO
    IF counts.get(words[i], v) THEN IO.Put(words[i] & " " & Fmt.Int(NARROW(v, REF INTEGER)^) & "\n") END
  END;
  IO.Put(Fmt.Int(counts.size()) & " distinct\n")
END TextRefTblCount.
