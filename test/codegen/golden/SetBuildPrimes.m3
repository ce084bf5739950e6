(* Building a set element by element with + and counting its members with IN. *)
MODULE SetBuildPrimes EXPORTS Main;
IMPORT IO, Fmt;
TYPE Small = [1 .. 30]; Primes = SET OF Small;
VAR p := Primes{}; composite: BOOLEAN; n := 0;
BEGIN
  FOR i := 2 TO LAST(Small) DO
    composite := FALSE;
    FOR d := 2 TO i - 1 DO IF d IN p AND i MOD d = 0 THEN composite := TRUE END END;
    IF NOT composite THEN p := p + Primes{i} END
  END;
  FOR i := FIRST(Small) TO LAST(Small) DO IF i IN p THEN IO.Put(Fmt.Int(i) & " "); INC(n) END END;
  IO.Put("(" & Fmt.Int(n) & ")\n")
END SetBuildPrimes.
