MODULE Counters;

IMPORT Fmt;

TYPE Limited = T OBJECT limit: INTEGER OVERRIDES add := Add; describe := Describe END;

PROCEDURE Add (c: Limited; n: INTEGER) RAISES {TooBig} =
  BEGIN
    IF c.count + n > c.limit THEN RAISE TooBig(c.count + n) END;
    INC(c.count, n)
  END Add;

PROCEDURE Describe (c: Limited): TEXT =
  BEGIN
    RETURN "counter at " & Fmt.Int(c.count) & " of " & Fmt.Int(c.limit)
  END Describe;

PROCEDURE New (limit: INTEGER): T =
  BEGIN
    INC(created);
    RETURN NEW(Limited, limit := limit)
  END New;

PROCEDURE Visit (c: T; v: Visitor) RAISES ANY =
  BEGIN
    TRY
      v(c)
    FINALLY
      INC(c.count, 1000)
    END
  END Visit;

BEGIN
  created := 0
END Counters.
