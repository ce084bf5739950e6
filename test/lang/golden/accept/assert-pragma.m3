MODULE Asserts;

PROCEDURE Root(x: INTEGER): INTEGER =
  VAR r := 0;
  BEGIN
    <*ASSERT x >= 0*>
    WHILE (r + 1) * (r + 1) <= x DO INC(r) END;
    <* ASSERT r * r <= x, "root too large" *>;
    RETURN r
  END Root;

BEGIN
  <*ASSERT Root(16) = 4*>
END Asserts.
