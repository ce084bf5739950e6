MODULE Classify;

PROCEDURE Kind(c: CHAR): TEXT =
  BEGIN
    CASE c OF
    | 'a' .. 'z', 'A' .. 'Z' => RETURN "letter"
    | '0' .. '9' => RETURN "digit"
    | ' ', '\t', '\n' => RETURN "space"
    ELSE RETURN "other"
    END
  END Kind;

PROCEDURE Small(n: INTEGER): BOOLEAN =
  BEGIN
    CASE n OF 1, 3 .. 5 => RETURN TRUE | 6 => RETURN FALSE; ELSE END;
    CASE n OF END;
    RETURN FALSE
  END Small;

BEGIN
END Classify.
