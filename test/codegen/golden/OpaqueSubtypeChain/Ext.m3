MODULE Ext;
IMPORT Counter, Fmt;

REVEAL Quiet = Counter.T BRANDED "Ext.Quiet" OBJECT
    whispers := 2;
  OVERRIDES
    inc := QuietInc;
  END;

PROCEDURE Describe (n: Named): TEXT =
  BEGIN
    RETURN n.name & "=" & Fmt.Int(n.get())
  END Describe;

PROCEDURE QuietInc (q: Quiet) =
  BEGIN
    INC(q.whispers);
    Counter.T.inc(q)
  END QuietInc;

PROCEDURE NewQuiet (): Quiet = BEGIN RETURN NEW(Quiet) END NewQuiet;

PROCEDURE Whispers (q: Quiet): INTEGER = BEGIN RETURN q.whispers END Whispers;

BEGIN
END Ext.
